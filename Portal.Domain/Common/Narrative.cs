using System.Text.RegularExpressions;

namespace Portal.Domain.Common;

/// <summary>
/// Text typed for the public report (项目完成情况、主要内容…). It may name a figure the data derives by
/// placeholder, such as <c>{支出}</c>, <c>{结余结转}</c> or <c>{资金额度}</c>; the report fills it in, so the
/// text never goes out of date. A figure typed as digits instead is compared with the data before publishing.
/// </summary>
public static partial class Narrative
{
    public const string Allocation = "资金额度";
    public const string Spent = "支出";
    public const string CarryOver = "结余结转";

    /// <summary>The placeholders a project's or subproject's text may use.</summary>
    public static IReadOnlyList<string> ProjectFigures { get; } = [Allocation, Spent, CarryOver];

    /// <summary>The placeholder of an elderly subsidy's person-times, e.g. {高龄津贴人次}.</summary>
    public static string PersonTimesOf(string subsidyName) => subsidyName + "人次";

    /// <summary>The placeholder of an elderly subsidy's paid total (lottery and district matching), e.g. {高龄津贴金额}.</summary>
    public static string PaidOf(string subsidyName) => subsidyName + "金额";

    public static string Placeholder(string name) => "{" + name + "}";

    /// <summary>The names of the placeholders in a text, in order, each once.</summary>
    public static IReadOnlyList<string> PlaceholdersIn(string? text) =>
        text is null ? [] : PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Whether the text speaks of a figure: by its placeholder, or by a typed amount labelled with its name.</summary>
    public static bool Mentions(string? text, string figure) =>
        text is not null && (PlaceholdersIn(text).Contains(figure) || TypedFigures(text).Any(t => t.Figure == figure));

    /// <summary>The text with each known placeholder replaced by its value; an unknown one is left as typed.</summary>
    public static string Fill(string text, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(values);
        return PlaceholderPattern().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);
    }

    /// <summary>
    /// Amounts typed as digits and labelled with a project figure's name ("支出金额 428.39 万元",
    /// "结余结转 37.38 万元", "资金额度 134.69 万元"), with the figure each speaks of.
    /// </summary>
    public static IReadOnlyList<TypedFigure> TypedFigures(string? text)
    {
        if (text is null)
            return [];
        return LabelledAmount().Matches(text).Select(m => new TypedFigure(
            m.Groups["label"].Value switch
            {
                "资金额度" => Allocation,
                "结余结转" => CarryOver,
                _ => Spent,
            },
            m.Groups["value"].Value,
            TypedAmount(m.Groups["value"].Value))).ToList();
    }

    /// <summary>Every amount in 万元 typed as digits in a text, labelled or not.</summary>
    public static IReadOnlyList<TypedFigure> TypedAmounts(string? text) =>
        text is null ? [] : AnyAmount().Matches(text).Select(m => new TypedFigure(null, m.Groups["value"].Value, TypedAmount(m.Groups["value"].Value))).ToList();

    /// <summary>Every count of 人次 typed as digits in a text.</summary>
    public static IReadOnlyList<(string Text, long? Value)> TypedPersonTimes(string? text) =>
        text is null ? [] : AnyPersonTimes().Matches(text).Select(m =>
        {
            var digits = m.Groups["value"].Value.Replace(",", string.Empty, StringComparison.Ordinal);
            return (m.Groups["value"].Value, long.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : (long?)null);
        }).ToList();

    private static Money? TypedAmount(string digits)
    {
        var parsed = Money.ParseWanYuan(digits);
        return parsed.IsSuccess ? parsed.Value : null;
    }

    [GeneratedRegex(@"\{([^{}\s]{1,40})\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"(?<label>资金额度|结余结转|支出金额|支出)[为是：:\s]{0,3}(?<value>[0-9][0-9,]*(?:\.[0-9]+)?)\s*万元")]
    private static partial Regex LabelledAmount();

    [GeneratedRegex(@"(?<![0-9.])(?<value>[0-9][0-9,]*(?:\.[0-9]+)?)\s*万元")]
    private static partial Regex AnyAmount();

    [GeneratedRegex(@"(?<![0-9.])(?<value>[0-9][0-9,]*)\s*人次")]
    private static partial Regex AnyPersonTimes();
}

/// <summary>An amount typed in a text: the figure its label names (null when unlabelled), as typed, and its value.</summary>
public sealed record TypedFigure(string? Figure, string Text, Money? Value);
