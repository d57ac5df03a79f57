using System.Globalization;
using Portal.Domain.Common;

namespace Portal.Domain.SocialAssistance;

/// <summary>Everything a user reads when a project change is refused.</summary>
public static class ProjectMessages
{
    public const string NameRequired = "请填写项目名称。";
    public const string UnknownStatus = "未知的项目状态。";
    public const string UnknownArea = "未知的项目领域。";
    public const string SubprojectNotFound = "找不到该子项目，可能已被他人修改，请刷新。";
    public const string ShareNotFound = "找不到该街道分配，可能已被他人修改，请刷新。";
    public const string ProjectNotFound = "找不到该项目，可能已被他人修改，请刷新。";
    public const string ShareMustBePositive = "分配给街道的金额须大于零。";
    public const string SpendingMustBePositive = "支出金额须大于零。";
    public const string IndicatorNameRequired = "请填写绩效指标名称。";
    public const string IndicatorUnitRequired = "请填写绩效指标的计量单位。";
    public const string IndicatorNegative = "绩效指标的目标值和完成值不能为负数。";
    public const string IndicatorKindUnknown = "未知的绩效指标类别或比较方式。";
    public const string TransferReasonRequired = "资金调整须填写原因。";
    public const string TransferMustBePositive = "调整金额须大于零。";
    public const string TransferToSameProject = "不能把资金调整到同一个项目。";
    public const string LagNeedsReasonAndMeasure = "请同时填写进度滞后的原因和整改措施。";
    public const string IndicatorNotFound = "找不到该绩效指标，可能已被他人修改，请刷新。";
    public const string SpendingNotFound = "找不到该笔支出，可能已被他人修改，请刷新。";
    public const string ReversalCannotBeReversed = "冲销记录不能再冲销；如需恢复这笔支出，请重新登记。";
    public const string AlreadyReversed = "这笔支出已经冲销过，不能重复冲销。";
    public const string ReversalNeedsReason = "冲销须填写原因。";

    public static string PublishedYearNeedsReason(int edition) =>
        $"本年度报告已公开发布（第 {edition} 版），此后登记的支出是对已发布数据的更正，须填写更正原因；重新发布时检查会列出这笔更正。";

    public static string TooLong(string field, int max) => $"{field}不能超过 {max} 个字。";

    public static string PositionOutOfRange(int count) => $"位置须在 1 至 {count} 之间。";

    public static string SubprojectHasSpending(string name) => $"子项目“{name}”已有支出记录，不能删除；登记错的支出请冲销。";

    public static string ProjectHasRecords(string name) => $"项目“{name}”已有支出或资金调整记录，不能删除；登记错的支出请冲销，资金调整请反向调整。";

    public static string InvalidPhone(string phone) => $"联系电话“{phone}”无效，请只填写数字和连字符。";

    public static string DuplicateSubproject(string name) => $"子项目“{name}”已存在。";

    public static string DuplicateShare(string street) => $"{street}已有一笔分配，请修改原分配而不是重复添加。";

    public static string ExceedsProjectRemainder(Money amount, Money available) =>
        $"分配 {amount.ToWanYuan()} 万元超过项目尚未分配的 {available.ToWanYuan()} 万元。";

    public static string ShareExceedsRemainder(Money amount, Money available) =>
        $"分配给街道的 {amount.ToWanYuan()} 万元超过尚未分配的 {available.ToWanYuan()} 万元。";

    public static string BelowCommitted(Money amount, Money committed) =>
        $"资金额度 {amount.ToWanYuan()} 万元低于已分配和已支出的 {committed.ToWanYuan()} 万元。";

    public static string SpendingExceedsAvailable(Money amount, Money available) =>
        $"支出 {amount.ToWanYuan()} 万元超过可用额度 {available.ToWanYuan()} 万元。";

    public static string SpendingOutsideCycle(DateOnly date, Cycle cycle, DateOnly cutOff) => date < cycle.Start
        ? string.Create(CultureInfo.InvariantCulture, $"支出日期 {date:yyyy-MM-dd} 早于项目周期（{cycle.Label}），须在 {cycle.Start:yyyy-MM-dd} 至 {cutOff:yyyy-MM-dd} 之间。")
        : string.Create(CultureInfo.InvariantCulture, $"支出日期 {date:yyyy-MM-dd} 晚于本年度支出截止日 {cutOff:yyyy-MM-dd}：截止日后的支出属于下一年度（上年结转资金），请在下一年度的项目中登记。");

    public static string TransferExceedsAvailable(Money amount, Money available) =>
        $"调出 {amount.ToWanYuan()} 万元超过该项目可调出的 {available.ToWanYuan()} 万元（已分配给子项目、街道或已支出的资金不能调出）。";
}
