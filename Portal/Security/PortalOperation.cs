namespace Portal.Security;

/// <summary>
/// Every operation that writes. Each service method that writes names one of these and is authorized
/// against <see cref="OperationRules"/> before it touches the database.
/// </summary>
public enum PortalOperation
{
    AssignAccountStreet,
    DisableAccount,
    EnableAccount,
    RecordShareSpending,
}

/// <summary>Who may perform an operation.</summary>
public enum OperationScope
{
    /// <summary>区民政局管理人员 only.</summary>
    ManagerOnly,

    /// <summary>Managers anywhere; street staff only on their own street's resources.</summary>
    ManagerOrOwnStreet,
}

public static class OperationRules
{
    public static OperationScope ScopeOf(PortalOperation operation) => operation switch
    {
        PortalOperation.AssignAccountStreet => OperationScope.ManagerOnly,
        PortalOperation.DisableAccount => OperationScope.ManagerOnly,
        PortalOperation.EnableAccount => OperationScope.ManagerOnly,
        PortalOperation.RecordShareSpending => OperationScope.ManagerOrOwnStreet,
    };

    public static string DisplayName(PortalOperation operation) => operation switch
    {
        PortalOperation.AssignAccountStreet => "分配账户所属街道",
        PortalOperation.DisableAccount => "停用账户",
        PortalOperation.EnableAccount => "启用账户",
        PortalOperation.RecordShareSpending => "登记街道分配资金支出",
    };
}
