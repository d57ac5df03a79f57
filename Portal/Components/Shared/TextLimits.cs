using Portal.Domain.ElderlySubsidy;
using Portal.Domain.SocialAssistance;

namespace Portal.Components.Shared;

/// <summary>
/// The length limit of every text field, applied with <c>@attributes="TextLimits.Comment"</c> on a
/// MudTextField. The browser stops input at the limit as it is typed or pasted (maxlength), a Chinese hint
/// names the limit while the field has focus, and free text shows a counter. The limits are the domain's, so
/// what can be typed can be saved. Keeping every value within its limit also keeps each message of the live
/// connection within <see cref="Security.WebHardening.CircuitMessageLimit"/>: a longer one would drop the
/// connection and what was typed with it.
/// </summary>
internal static class TextLimits
{
    /// <summary>Amounts, person-times, dates, years and days: far longer than any valid value.</summary>
    public const int FigureMaxLength = 30;

    /// <summary>Search boxes (the audit trail's filters).</summary>
    public const int SearchMaxLength = 100;

    /// <summary>Comments and reasons of a street month (说明, 退回意见, 解锁原因).</summary>
    public static IReadOnlyDictionary<string, object> Comment { get; } = Text(SubsidyReport.CommentMaxLength);

    /// <summary>Project narratives and the reason of a transfer.</summary>
    public static IReadOnlyDictionary<string, object> Narrative { get; } = Text(ProjectDetails.NarrativeMaxLength);

    /// <summary>Names of projects and indicators, purposes of street shares, notes of spending.</summary>
    public static IReadOnlyDictionary<string, object> Name { get; } = Text(ProjectDetails.NameMaxLength);

    public static IReadOnlyDictionary<string, object> Owner { get; } = Text(ProjectDetails.OwnerMaxLength);

    public static IReadOnlyDictionary<string, object> Phone { get; } = Short(ProjectDetails.PhoneMaxLength);

    /// <summary>The reason and the measure of a lagging project.</summary>
    public static IReadOnlyDictionary<string, object> Lag { get; } = Text(LagExplanation.MaxLength);

    public static IReadOnlyDictionary<string, object> Unit { get; } = Text(IndicatorDetails.UnitMaxLength);

    /// <summary>Why a payment is reversed or corrected.</summary>
    public static IReadOnlyDictionary<string, object> Reason { get; } = Text(Spending.ReasonMaxLength);

    /// <summary>Why a report is published over the check's warnings.</summary>
    public static IReadOnlyDictionary<string, object> PublishReason { get; } = Text(Domain.Common.PublishedReport.OverrideReasonMaxLength);

    public static IReadOnlyDictionary<string, object> RateLevel { get; } = Text(SubsidyType.LevelNameMaxLength);

    public static IReadOnlyDictionary<string, object> Figure { get; } = Short(FigureMaxLength);

    public static IReadOnlyDictionary<string, object> Search { get; } = Short(SearchMaxLength);

    /// <summary>What the user reads under a field while typing in it.</summary>
    public static string Hint(int max) => $"最多 {max} 字，超出的部分无法输入";

    private static Dictionary<string, object> Text(int max) => new(StringComparer.Ordinal)
    {
        ["MaxLength"] = max,
        ["Counter"] = max,
        ["HelperText"] = Hint(max),
        ["HelperTextOnFocus"] = true,
    };

    private static Dictionary<string, object> Short(int max) => new(StringComparer.Ordinal)
    {
        ["MaxLength"] = max,
        ["HelperText"] = Hint(max),
        ["HelperTextOnFocus"] = true,
    };
}
