namespace Portal.Domain.Common;

/// <summary>What a user reads when an amount cannot be taken.</summary>
public static class MoneyMessages
{
    public const string Empty = "请填写金额。";
    public const string Negative = "金额不能为负数。";
    public const string TooLarge = "金额过大，请核对（上限 1000 亿元）。";

    public static string FullWidthComma(string text) =>
        $"“{text}”中有中文逗号“，”，它用来分隔多项内容，不能当作千位分隔符。请只填写一个金额，例如 1234.56 或 1,234.56。";

    public static string NotANumber(string text) => $"“{text}”不是有效的金额，请只填写数字，例如 1234.56。";

    public static string TooManyDecimals(string unit, int decimals) =>
        decimals == 2
            ? $"金额以{unit}为单位时最多保留两位小数（精确到分）。"
            : $"金额以{unit}为单位时最多保留 {decimals} 位小数（精确到分）。";
}
