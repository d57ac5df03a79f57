using Portal.Domain.Common;

namespace Portal.Domain.SocialAssistance;

/// <summary>
/// Money moved from one project to another or to the next fund year (结转), with its reason. A transfer is
/// never edited or deleted; it is undone by a transfer the other way, so the history stays visible.
/// </summary>
public sealed class Transfer
{
    private Transfer()
    {
        Reason = string.Empty;
    }

    internal Transfer(Guid fundYearId, Guid fromProjectId, Guid? toProjectId, Money amount, DateOnly date, string reason)
    {
        Id = Ids.NewId();
        FundYearId = fundYearId;
        FromProjectId = fromProjectId;
        ToProjectId = toProjectId;
        Amount = amount;
        Date = date;
        Reason = reason;
    }

    public Guid Id { get; private set; }

    public Guid FundYearId { get; private set; }

    public Guid FromProjectId { get; private set; }

    /// <summary>The receiving project, or null when the money goes to the next fund year.</summary>
    public Guid? ToProjectId { get; private set; }

    public bool ToNextYear => ToProjectId is null;

    public Money Amount { get; private set; }

    public DateOnly Date { get; private set; }

    public string Reason { get; private set; }
}
