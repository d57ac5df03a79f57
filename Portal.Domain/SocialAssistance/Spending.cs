using Portal.Domain.Common;

namespace Portal.Domain.SocialAssistance;

/// <summary>
/// A dated payment charged to a project, a subproject or a street share. Spending is never edited: a
/// correction is a new entry, so the history stays as it happened.
/// </summary>
public sealed class Spending
{
    private Spending()
    {
    }

    internal Spending(Guid projectId, SpendingTarget target, DateOnly date, Money amount, string? note)
    {
        Id = Ids.NewId();
        ProjectId = projectId;
        SubprojectId = target.SubprojectId;
        StreetShareId = target.StreetShareId;
        Date = date;
        Amount = amount;
        Note = note;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public Guid? SubprojectId { get; private set; }

    public Guid? StreetShareId { get; private set; }

    public DateOnly Date { get; private set; }

    public Money Amount { get; private set; }

    public string? Note { get; private set; }
}
