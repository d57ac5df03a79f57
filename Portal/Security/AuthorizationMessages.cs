namespace Portal.Security;

/// <summary>What a user reads when the server refuses an operation.</summary>
public static class AuthorizationMessages
{
    public const string NotSignedIn = "请先登录。";
    public const string Disabled = "您的账户已停用，不能查看或修改数据。如有疑问请联系区民政局管理人员。";
    public const string NoRole = "您的账户没有分配角色，不能查看或修改数据。请联系区民政局管理人员开通。";
    public const string NoStreet = "您的账户尚未分配到街道，暂时不能查看或填报数据。请联系区民政局管理人员分配街道。";
    public const string OtherStreet = "您只能查看和修改本街道的数据。";
    public const string ManagerOnly = "只有区民政局管理人员可以进行此操作。";
    public const string ReadOnly = "只读用户不能修改数据。";
    public const string NoDistrict = "您的账户尚未分配到区，暂时不能查看或修改数据。请联系市级管理员分配。";
    public const string CityOnly = "全市概览只对市级账户（市级只读、市级管理员）开放。";
    public const string CityAdministratorOnly = "只有市级管理员可以新增区。";
    public const string DistrictOnly = "区级汇总数据只对区民政局管理人员和只读用户开放；街道工作人员请查看本街道页面。";

    /// <summary>Why <paramref name="user"/> may not do an operation of <paramref name="scope"/> on a street's resource.</summary>
    public static string Denied(PortalUser user, OperationScope scope)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsAuthenticated)
            return NotSignedIn;
        if (user.IsDisabled)
            return Disabled;
        if (scope == OperationScope.CityAdministratorOnly)
            return user.Role is null ? NoRole : CityAdministratorOnly;
        if (PortalRoles.IsDistrictRole(user.Role) && user.DistrictId is null)
            return NoDistrict;
        return user.Role switch
        {
            null => NoRole,
            PortalRoles.Viewer => ReadOnly,
            PortalRoles.StreetStaff when scope == OperationScope.ManagerOnly => ManagerOnly,
            PortalRoles.StreetStaff when user.StreetId is null => NoStreet,
            PortalRoles.StreetStaff => OtherStreet,
            _ => ManagerOnly,
        };
    }
}
