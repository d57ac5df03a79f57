using System.Globalization;

namespace Portal.Domain.ElderlySubsidy;

public static class SubsidyMessages
{
    public const string MonthOutOfRange = "月份须在 1 至 12 之间。";
    public const string PersonTimesRequired = "请填写人次（没有发放请填 0）。";
    public const string PersonTimesNegative = "人次不能为负数。";
    public const string PersonTimesWhole = "人次须为整数。";
    public const string PersonTimesTooLarge = "人次过大，请核对。";
    public const string Locked = "该月数据已审核锁定，如需修改请联系区民政局解锁。";
    public const string AwaitingReview = "该月数据已提交，正在审核，暂不能修改。";
    public const string NothingToSubmit = "尚未填写任何补贴数据，不能提交。";
    public const string FlagNeedsComment = "有人次均额超出月发放标准的数据，请在提交前填写说明（如补发、调整）。";
    public const string NotSubmitted = "只有已提交的数据才能审核或退回。";

    public const string ApproverIsLastEditor = "本月数据最后由您填报或提交，按职责分离须由另一位管理人员审核通过。";

    public static string ApproverIsLastEditorOf(IEnumerable<string> streets) =>
        $"以下街道本月数据最后由您填报或提交，按职责分离须由另一位管理人员审核通过：{string.Join("、", streets)}。本月未作任何审核。";
    public const string ReturnNeedsComment = "退回时请填写退回原因。";
    public const string NotLocked = "该月数据尚未审核锁定，无需解锁。";
    public const string UnlockNeedsReason = "解锁须填写原因。";
    public const string CommentTooLong = "说明不能超过 1000 个字。";
    public const string RateTableEmpty = "发放标准至少要有一档。";
    public const string RateLevelNameRequired = "请填写每一档标准的名称。";
    public const string RateMustBePositive = "月发放标准须大于零。";
    public const string RateLevelDuplicate = "同一发放标准中档次名称不能重复。";
    public const string RateLevelNameTooLong = "档次名称不能超过 50 个字。";
    public const string DuplicateSubsidyLine = "同一补贴在一个月里只能填一行。";
    public const string UnlockedPrefix = "已解锁：";
    public const string ReportNotFound = "找不到该月报，可能已被他人修改，请刷新。";

    public static string FutureMonth(int year, int? month) => month is null
        ? string.Create(CultureInfo.InvariantCulture, $"{year} 年尚未开始，不能填报。")
        : string.Create(CultureInfo.InvariantCulture, $"{year} 年 {month} 月尚未开始，不能填报。");

    public static string NothingToApprove(int month) => string.Create(CultureInfo.InvariantCulture, $"{month} 月没有待审核的街道月报。");

    public static string PersonTimesFullWidthComma(string text) =>
        $"“{text}”中有中文逗号“，”，它用来分隔多项内容，不能当作千位分隔符。请只填写一个整数人次，例如 1200 或 1,200。";

    public static string PersonTimesNotANumber(string text) => $"“{text}”不是有效的人次，请只填写整数，例如 1200。";

    public static string RateFlagWarning(string average, string range) =>
        $"人次均额 {average} 元，超出月发放标准（{range}），请在说明中写明原因（如补发、调整）后再提交。";

    public static string RateTableExists(DateOnly from) =>
        string.Create(CultureInfo.InvariantCulture, $"自 {from:yyyy-MM-dd} 起执行的发放标准已存在。");
}
