using Portal.Domain.ElderlySubsidy;

namespace Portal.Features.ElderlySubsidy;

internal static class SubsidyRates
{
    /// <summary>The monthly rates in force on a date, as one range: 100.00–800.00 元/人·月.</summary>
    public static string RangeText(SubsidyType type, DateOnly date)
    {
        var rates = type.RatesOn(date);
        return rates.Count == 0
            ? "无标准"
            : $"{rates.Min(r => r.Monthly).ToYuan()}–{rates.Max(r => r.Monthly).ToYuan()} 元/人·月";
    }

    public static string UnknownSubsidy(string code) => $"未知的补贴类型“{code}”。";
}
