namespace Portal.Domain.Common;

public static class OrganisationMessages
{
    public const string NameRequired = "请填写名称。";
    public const string BureauNameRequired = "请填写民政局名称，例如“北京市西城区民政局”。";
    public const string CommunityCountNegative = "社区数不能为负数。";
    public const string AreaNameRequired = "请填写领域名称。";
    public const string FundNameRequired = "请填写资金名称，例如“市级彩票公益金”。";
    public const string DuplicateRegulation = "引用的文件重复了。";
    public const string StreetsRequired = "请至少填写一个街道。";
    public const string AreasRequired = "请至少填写一个项目领域。";
    public const string DistrictRequired = "文件中没有“district”（区的名称、代码和民政局名称）。";

    public static string FileNotFound(string? file) => $"找不到文件“{file}”。";

    public static string NotDistrictJson(long? line) =>
        "文件不是预期的 JSON 格式" + (line is { } l ? $"（第 {l} 行附近有错误）" : string.Empty)
        + "：应包含“district”（code、name、bureauName、communityCount）和“streets”（每个街道的 code、name），格式同 seeds/ 下的文件。";

    public static string InvalidCode(string? code) => $"代码“{code}”无效：只能使用小写字母、数字和连字符。";

    public static string DuplicateStreetCode(string code) => $"街道代码“{code}”已存在。";

    public static string DuplicateStreetName(string name) => $"街道“{name}”已存在。";

    public static string DuplicateAreaCode(string code) => $"领域代码“{code}”已存在。";

    public static string DuplicateAreaName(string name) => $"领域“{name}”已存在。";

    public static string DuplicateDistrictCode(string code) => $"区代码“{code}”已存在，不能重复添加。";

    public static string NameTooLong(int max) => $"名称不能超过 {max} 个字。";

    public static string RegulationInvalid(int max) => $"引用的文件名称须为 1 至 {max} 个字。";
}
