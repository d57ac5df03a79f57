using System.Globalization;

namespace Portal.Domain.Common;

public static class FundYearMessages
{
    public const string OwnerNameRequired = "请填写负责人姓名。";
    public const string DeadlineDayOutOfRange = "填报截止日须在每月 1 日至 28 日之间。";

    public static string YearOutOfRange(int year) =>
        string.Create(CultureInfo.InvariantCulture, $"年度 {year} 无效，须在 {FundYear.FirstYear} 至 {FundYear.LastYear} 之间。");

    public static string BlocksDoNotAddUp(Money received, Money elderly, Money factor) =>
        $"收到的 {received.ToWanYuan()} 万元不等于老年人津贴补贴 {elderly.ToWanYuan()} 万元与因素法分配 {factor.ToWanYuan()} 万元之和 {(elderly + factor).ToWanYuan()} 万元。";

    public static string CutOffOutOfRange(int year) =>
        string.Create(CultureInfo.InvariantCulture, $"支出截止日期须在 {year} 年 12 月 31 日至 {year + 1} 年 12 月 31 日之间。");

    public static string YearExists(int year) => string.Create(CultureInfo.InvariantCulture, $"{year} 年的资金年度已存在。");

    public static string DuplicateProject(string name) => $"项目“{name}”已存在。";

    public static string ExceedsFactorBlock(Money amount, Money unallocated) =>
        $"分配 {amount.ToWanYuan()} 万元超过因素法分配资金尚未安排的 {unallocated.ToWanYuan()} 万元。";

    public static string TransferDateOutOfRange(int year, DateOnly latest) =>
        string.Create(CultureInfo.InvariantCulture, $"调整日期须在 {year} 年 1 月 1 日至 {latest:yyyy 年 M 月 d 日}之间（含当天）。");

    public static string CarryInBelowArranged(int year, Money carriedIn, Money factorBlock, Money arranged) =>
        string.Create(CultureInfo.InvariantCulture, $"这项修改会使 {year} 年的上年结转资金变为 {carriedIn.ToWanYuan()} 万元，加上因素法分配资金 {factorBlock.ToWanYuan()} 万元，少于 {year} 年已安排的 {arranged.ToWanYuan()} 万元。请先在 {year} 年减少安排，再修改。");

    public static string FactorBelowArranged(Money factorBlock, Money carriedIn, Money arranged) =>
        $"因素法分配资金 {factorBlock.ToWanYuan()} 万元加上年结转 {carriedIn.ToWanYuan()} 万元，少于已安排到项目和调整至下一年度的 {arranged.ToWanYuan()} 万元。";

    public static string ElderlyBelowPaid(Money elderlyBlock, Money paid) =>
        $"老年人津贴补贴资金 {elderlyBlock.ToWanYuan()} 万元少于已提交和已审核月报中的彩票公益金 {paid.ToWanYuan()} 万元。";

    public static string CutOffBeforeSpending(DateOnly cutOff, DateOnly latestSpending) =>
        string.Create(CultureInfo.InvariantCulture, $"已有 {latestSpending:yyyy-MM-dd} 的支出记录，支出截止日期不能早于该日（拟改为 {cutOff:yyyy-MM-dd}）。");

    public static string YearHasRecords(int year) =>
        string.Create(CultureInfo.InvariantCulture, $"{year} 年已有月报、支出、资金调整或已发布的报告，不能删除。");

    public static string YearHasSuccessor(int year) =>
        string.Create(CultureInfo.InvariantCulture, $"{year + 1} 年的资金年度接收了 {year} 年的结转资金，请先删除 {year + 1} 年。");

    public static string ElderlyLotteryExceedsBlock(Money proposed, Money left, Money block) =>
        $"彩票公益金 {proposed.ToWanYuan()} 万元超过老年人津贴补贴资金（共 {block.ToWanYuan()} 万元）尚余的 {left.ToWanYuan()} 万元；超出部分请填入区财政配套资金。";
}
