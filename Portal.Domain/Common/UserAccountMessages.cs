namespace Portal.Domain.Common;

public static class UserAccountMessages
{
    public const string ObjectIdRequired = "登录信息缺少用户标识，无法登记账户。";
    public const string AlreadyDisabled = "该账户已停用。";
    public const string AlreadyEnabled = "该账户已是启用状态。";
    public const string NotFound = "找不到该账户，可能已被他人修改，请刷新。";
    public const string StreetNotFound = "找不到该街道。";
    public const string DistrictNotFound = "找不到该区。";
    public const string StreetOfAnotherDistrict = "该街道不属于账户所在的区，请先把账户分配到该区。";
    public const string RoleTooLong = "登录信息中的角色名称过长，无法登记。";
    public const string CannotDisableSelf = "不能停用自己的账户，请由其他管理人员操作。";
}
