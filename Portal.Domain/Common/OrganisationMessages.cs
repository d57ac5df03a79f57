namespace Portal.Domain.Common;

public static class OrganisationMessages
{
    public const string NameRequired = "请填写名称。";
    public const string CommunityCountNegative = "社区数不能为负数。";

    public static string InvalidCode(string? code) => $"代码“{code}”无效：只能使用小写字母、数字和连字符。";

    public static string DuplicateStreetCode(string code) => $"街道代码“{code}”已存在。";

    public static string DuplicateStreetName(string name) => $"街道“{name}”已存在。";
}
