namespace Portal.Domain.Common;

public static class CycleMessages
{
    public const string EndBeforeStart = "项目周期的结束日期不能早于开始日期。";
    public const string NotOneYear = "按年度填写的周期须为同一年的 1 月 1 日至 12 月 31 日。";
    public const string NotWholeYears = "跨年度周期须从某年 1 月 1 日开始、到某年 12 月 31 日结束。";
    public const string NotWholeMonths = "按月填写的周期须从某月 1 日开始、到某月最后一天结束。";
    public const string UnknownKind = "未知的周期类型。";
}
