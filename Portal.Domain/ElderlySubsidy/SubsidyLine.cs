using Portal.Domain.Common;

namespace Portal.Domain.ElderlySubsidy;

/// <summary>
/// One subsidy in a report: person-times paid and the money, lottery and district matching kept apart.
/// </summary>
public sealed class SubsidyLine
{
    private SubsidyLine()
    {
    }

    internal SubsidyLine(Guid reportId, Guid subsidyTypeId)
    {
        Id = Ids.NewId();
        ReportId = reportId;
        SubsidyTypeId = subsidyTypeId;
    }

    public Guid Id { get; private set; }

    public Guid ReportId { get; private set; }

    public Guid SubsidyTypeId { get; private set; }

    /// <summary>人次: one person paid for one month counts once.</summary>
    public long PersonTimes { get; private set; }

    public Money Lottery { get; private set; }

    public Money Matching { get; private set; }

    public Money Total => Lottery + Matching;

    /// <summary>
    /// Average paid per person-time, rounded to the fen for display only; null without person-times.
    /// </summary>
    public Money? AveragePerPersonTime => PersonTimes == 0
        ? null
        : Money.FromFen((long)Math.Round((decimal)Total.Fen / PersonTimes, MidpointRounding.AwayFromZero));

    /// <summary>Set when the amount per person-time falls outside the subsidy's monthly rates.</summary>
    public bool RateFlag { get; private set; }

    /// <summary>Why a flagged amount is right (back pay, adjustment); required before submitting.</summary>
    public string? FlagComment { get; private set; }

    /// <summary>
    /// The split between lottery and district matching money is an estimate, not a recorded fact (2020's
    /// yearly totals give only the sum; the split is apportioned). Pages mark it 估算; public outputs leave it out.
    /// </summary>
    public bool SplitEstimated { get; private set; }

    internal void Set(long personTimes, Money lottery, Money matching, bool rateFlag, string? flagComment, bool splitEstimated)
    {
        PersonTimes = personTimes;
        Lottery = lottery;
        Matching = matching;
        RateFlag = rateFlag;
        FlagComment = flagComment;
        SplitEstimated = splitEstimated;
    }
}
