using System.Globalization;

namespace Portal.Features.FundYears;

internal static class FundYearPageMessages
{
    public const string NoDistrict = "本平台尚未设置区县。";

    public static string NotFound(int? year) => year is null
        ? "还没有任何资金年度。"
        : string.Create(CultureInfo.InvariantCulture, $"没有 {year} 年的资金数据，请在右上角选择其他年度。");
}
