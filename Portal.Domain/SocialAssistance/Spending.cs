using Portal.Domain.Common;

namespace Portal.Domain.SocialAssistance;

/// <summary>
/// A dated payment charged to a project, a subproject or a street share. Spending is never edited or
/// deleted: a mistake is undone by a reversal (冲销), a new entry of the opposite amount on the same date
/// and node that points at the original and says why, and the right figure is then entered anew (更正),
/// pointing at the original too. Lists show all three; every total nets them.
/// </summary>
public sealed class Spending
{
    public const int ReasonMaxLength = 500;

    private Spending()
    {
    }

    internal Spending(Guid projectId, SpendingTarget target, DateOnly date, Money amount, string? note, Guid? reversalOf = null, Guid? correctionOf = null, string? reason = null, int? amendsEdition = null)
    {
        Id = Ids.NewId();
        ProjectId = projectId;
        SubprojectId = target.SubprojectId;
        StreetShareId = target.StreetShareId;
        Date = date;
        Amount = amount;
        Note = note;
        ReversalOfId = reversalOf;
        CorrectionOfId = correctionOf;
        Reason = reason;
        AmendsEdition = amendsEdition;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public Guid? SubprojectId { get; private set; }

    public Guid? StreetShareId { get; private set; }

    /// <summary>The day the payment counts on; a reversal counts on its original's day, so it nets it at every date.</summary>
    public DateOnly Date { get; private set; }

    /// <summary>Positive for a payment; the negative of the original for a reversal.</summary>
    public Money Amount { get; private set; }

    public string? Note { get; private set; }

    /// <summary>For a reversal (冲销): the entry it undoes.</summary>
    public Guid? ReversalOfId { get; private set; }

    /// <summary>For a corrected entry (更正): the entry it replaces, which a reversal undid.</summary>
    public Guid? CorrectionOfId { get; private set; }

    /// <summary>
    /// Why the original was reversed (on the reversal and on the corrected entry), or why a payment was entered
    /// into a published year.
    /// </summary>
    public string? Reason { get; private set; }

    /// <summary>
    /// For an entry made after the year's report was published: the published version it amends (更正). The
    /// pre-publish check lists such entries, so the next version says what changed and why.
    /// </summary>
    public int? AmendsEdition { get; private set; }

    public bool IsReversal => ReversalOfId is not null;

    public SpendingTarget Target => new(SubprojectId, StreetShareId);
}
