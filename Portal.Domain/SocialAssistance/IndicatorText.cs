using System.Globalization;

namespace Portal.Domain.SocialAssistance;

/// <summary>How indicators are written in Chinese: 产出指标, ≥700 户 (an exact target has no sign), 68.84%, 286 人.</summary>
public static class IndicatorText
{
    public static string Category(IndicatorCategory category) => category switch
    {
        IndicatorCategory.Output => "产出指标",
        IndicatorCategory.Benefit => "效益指标",
        IndicatorCategory.Satisfaction => "满意度指标",
        _ => category.ToString(),
    };

    public static string Comparison(IndicatorComparison comparison) => comparison switch
    {
        IndicatorComparison.AtLeast => "≥",
        IndicatorComparison.AtMost => "≤",
        _ => string.Empty,
    };

    public static string Value(decimal value, string unit)
    {
        var number = value.ToString("0.############", CultureInfo.InvariantCulture);
        return unit == "%" ? number + "%" : number + " " + unit;
    }
}
