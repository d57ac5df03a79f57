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
    RecordSpending,
    SaveSubsidyDraft,
    SubmitSubsidyReport,
    ApproveSubsidyReport,
    ReturnSubsidyReport,
    UnlockSubsidyReport,
    ApproveSubsidyMonth,
    CreateFundYear,
    SetReportDeadline,
    AddSubsidyRates,
    ImportSubsidyReports,
    CreateProject,
    EditProject,
    AddSubproject,
    EditSubproject,
    ShareToStreet,
    AddIndicator,
    ExplainLag,
    TransferMoney,
    PublishReport,
    CorrectSpending,
    ChangeShare,
    EditIndicator,
    RemoveIndicator,
    OrderProjects,
    OrderSubprojects,
    DeleteProject,
    DeleteSubproject,
    EditFundYear,
    DescribeElderlyProgramme,
    DeleteFundYear,
    ChangeApprovalRule,
    AddDistrict,
}

/// <summary>Who may perform an operation.</summary>
public enum OperationScope
{
    /// <summary>区民政局管理人员 only.</summary>
    ManagerOnly,

    /// <summary>Managers anywhere; street staff only on their own street's resources.</summary>
    ManagerOrOwnStreet,

    /// <summary>市级管理员 only: setting up the city's districts, which belongs to no district.</summary>
    CityAdministratorOnly,
}

public static class OperationRules
{
    public static OperationScope ScopeOf(PortalOperation operation) => operation switch
    {
        PortalOperation.AssignAccountStreet => OperationScope.ManagerOnly,
        PortalOperation.DisableAccount => OperationScope.ManagerOnly,
        PortalOperation.EnableAccount => OperationScope.ManagerOnly,
        PortalOperation.RecordSpending => OperationScope.ManagerOrOwnStreet,
        PortalOperation.SaveSubsidyDraft => OperationScope.ManagerOrOwnStreet,
        PortalOperation.SubmitSubsidyReport => OperationScope.ManagerOrOwnStreet,
        PortalOperation.ApproveSubsidyReport => OperationScope.ManagerOnly,
        PortalOperation.ReturnSubsidyReport => OperationScope.ManagerOnly,
        PortalOperation.UnlockSubsidyReport => OperationScope.ManagerOnly,
        PortalOperation.ApproveSubsidyMonth => OperationScope.ManagerOnly,
        PortalOperation.CreateFundYear => OperationScope.ManagerOnly,
        PortalOperation.SetReportDeadline => OperationScope.ManagerOnly,
        PortalOperation.AddSubsidyRates => OperationScope.ManagerOnly,
        PortalOperation.ImportSubsidyReports => OperationScope.ManagerOrOwnStreet,
        PortalOperation.CreateProject => OperationScope.ManagerOnly,
        PortalOperation.EditProject => OperationScope.ManagerOnly,
        PortalOperation.AddSubproject => OperationScope.ManagerOnly,
        PortalOperation.EditSubproject => OperationScope.ManagerOnly,
        PortalOperation.ShareToStreet => OperationScope.ManagerOnly,
        PortalOperation.AddIndicator => OperationScope.ManagerOnly,
        PortalOperation.ExplainLag => OperationScope.ManagerOnly,
        PortalOperation.TransferMoney => OperationScope.ManagerOnly,
        PortalOperation.PublishReport => OperationScope.ManagerOnly,
        PortalOperation.CorrectSpending => OperationScope.ManagerOrOwnStreet,
        PortalOperation.ChangeShare => OperationScope.ManagerOnly,
        PortalOperation.EditIndicator => OperationScope.ManagerOnly,
        PortalOperation.RemoveIndicator => OperationScope.ManagerOnly,
        PortalOperation.OrderProjects => OperationScope.ManagerOnly,
        PortalOperation.OrderSubprojects => OperationScope.ManagerOnly,
        PortalOperation.DeleteProject => OperationScope.ManagerOnly,
        PortalOperation.DeleteSubproject => OperationScope.ManagerOnly,
        PortalOperation.EditFundYear => OperationScope.ManagerOnly,
        PortalOperation.DescribeElderlyProgramme => OperationScope.ManagerOnly,
        PortalOperation.DeleteFundYear => OperationScope.ManagerOnly,
        PortalOperation.ChangeApprovalRule => OperationScope.ManagerOnly,
        PortalOperation.AddDistrict => OperationScope.CityAdministratorOnly,
    };

    public static string DisplayName(PortalOperation operation) => operation switch
    {
        PortalOperation.AssignAccountStreet => "分配账户所属街道",
        PortalOperation.DisableAccount => "停用账户",
        PortalOperation.EnableAccount => "启用账户",
        PortalOperation.RecordSpending => "登记支出",
        PortalOperation.SaveSubsidyDraft => "保存老年人津贴补贴月报草稿",
        PortalOperation.SubmitSubsidyReport => "提交老年人津贴补贴月报",
        PortalOperation.ApproveSubsidyReport => "审核通过街道月报",
        PortalOperation.ReturnSubsidyReport => "退回街道月报",
        PortalOperation.UnlockSubsidyReport => "解锁已审核的街道月报",
        PortalOperation.ApproveSubsidyMonth => "批量审核通过某月街道月报",
        PortalOperation.CreateFundYear => "新建资金年度",
        PortalOperation.SetReportDeadline => "设置月报填报截止日",
        PortalOperation.AddSubsidyRates => "新增补贴发放标准",
        PortalOperation.ImportSubsidyReports => "导入老年人津贴补贴月报",
        PortalOperation.CreateProject => "新建项目",
        PortalOperation.EditProject => "修改项目",
        PortalOperation.AddSubproject => "新增子项目",
        PortalOperation.EditSubproject => "修改子项目",
        PortalOperation.ShareToStreet => "分配资金到街道",
        PortalOperation.AddIndicator => "新增绩效指标",
        PortalOperation.ExplainLag => "说明进度滞后原因",
        PortalOperation.TransferMoney => "调整项目资金",
        PortalOperation.PublishReport => "发布年度公开报告",
        PortalOperation.CorrectSpending => "冲销或更正支出",
        PortalOperation.ChangeShare => "修改街道分配金额",
        PortalOperation.EditIndicator => "修改绩效指标",
        PortalOperation.RemoveIndicator => "删除绩效指标",
        PortalOperation.OrderProjects => "调整项目顺序",
        PortalOperation.OrderSubprojects => "调整子项目顺序",
        PortalOperation.DeleteProject => "删除项目",
        PortalOperation.DeleteSubproject => "删除子项目",
        PortalOperation.EditFundYear => "修改资金年度",
        PortalOperation.DescribeElderlyProgramme => "填写老年人津贴补贴项目说明",
        PortalOperation.DeleteFundYear => "删除资金年度",
        PortalOperation.ChangeApprovalRule => "更改审核职责分离设置",
        PortalOperation.AddDistrict => "新增区",
    };
}
