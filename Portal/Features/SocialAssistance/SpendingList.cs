using Portal.Domain.Common;
using Portal.Domain.SocialAssistance;

namespace Portal.Features.SocialAssistance;

/// <summary>What an entry of a spending list is: a payment, a reversal (冲销) of one, or the figure entered after it (更正).</summary>
public enum SpendingKind
{
    Payment,
    Reversal,
    Correction,
}

/// <summary>
/// One entry of a spending list. <see cref="Reversed"/> marks a payment a reversal has undone; a list keeps
/// every entry, and its total nets them.
/// </summary>
public sealed record SpendingView(
    Guid Id,
    Guid ProjectId,
    DateOnly Date,
    string Target,
    Guid? ShareId,
    Money Amount,
    string? Note,
    SpendingKind Kind,
    string? Reason,
    bool Reversed)
{
    /// <summary>Only a payment still standing may be reversed or corrected.</summary>
    public bool CanCorrect => Kind != SpendingKind.Reversal && !Reversed;

    public string KindName => Kind switch
    {
        SpendingKind.Reversal => "冲销",
        SpendingKind.Correction => "更正",
        _ => "支出",
    };
}

/// <summary>The spending of a project (or of some of its nodes) as lists show it: each correction right after what it corrects.</summary>
internal static class SpendingList
{
    public static IReadOnlyList<SpendingView> Of(Project project, IReadOnlyDictionary<Guid, Street> streets, Func<Spending, bool>? which = null)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(streets);
        var entries = project.Spendings.Where(which ?? (_ => true)).ToList();
        var byId = project.Spendings.ToDictionary(s => s.Id);
        var reversed = project.Spendings.Where(s => s.ReversalOfId is not null).Select(s => s.ReversalOfId!.Value).ToHashSet();

        // An entry sorts with the payment it belongs to: a reversal and a correction right after their original.
        Spending Root(Spending s) => s.ReversalOfId is { } r && byId.TryGetValue(r, out var original) ? original
            : s.CorrectionOfId is { } c && byId.TryGetValue(c, out var replaced) ? replaced
            : s;
        return entries
            .OrderBy(s => Root(s).Date).ThenBy(s => Root(s).Id).ThenBy(s => Kind(s))
            .Select(s => new SpendingView(s.Id, project.Id, s.Date, TargetName(project, s, streets), s.StreetShareId, s.Amount, s.Note, Kind(s), s.Reason, reversed.Contains(s.Id)))
            .ToList();
    }

    private static SpendingKind Kind(Spending s) =>
        s.IsReversal ? SpendingKind.Reversal : s.CorrectionOfId is not null ? SpendingKind.Correction : SpendingKind.Payment;

    private static string TargetName(Project project, Spending s, IReadOnlyDictionary<Guid, Street> streets)
    {
        var subproject = s.SubprojectId is { } id ? project.FindSubproject(id)?.Name : null;
        return s.StreetShareId is { } shareId && project.FindShare(shareId) is { } share
            ? $"{subproject ?? project.Name} · {streets[share.StreetId].FullName}"
            : subproject ?? "本项目";
    }
}
