namespace Portal.Features.ElderlySubsidy.Import;

/// <summary>The import file's header row, in order. The template is written with exactly these.</summary>
public static class SubsidyImportColumns
{
    public const string Street = "街道";
    public const string Year = "年度";
    public const string Month = "月份";
    public const string Subsidy = "补贴类型";
    public const string PersonTimes = "人次";
    public const string LotteryYuan = "彩票公益金（元）";
    public const string MatchingYuan = "区财政配套（元）";
    public const string Comment = "说明";

    public static IReadOnlyList<string> All { get; } = [Street, Year, Month, Subsidy, PersonTimes, LotteryYuan, MatchingYuan, Comment];
}
