using Portal.Domain.Common;

namespace Portal.Features.ElderlySubsidy;

/// <summary>
/// A year of elderly subsidies at district level. Counted are reports sent to the district (submitted or
/// approved); drafts and returned months are still the street's. <see cref="SplitEstimated"/>: some of the
/// counted lottery/matching split is an estimate (marked 估算 wherever it is shown).
/// </summary>
public sealed record ElderlySubsidyTotals(
    int Year,
    Money ElderlyBlock,
    Money Lottery,
    Money LotteryLeft,
    Money Matching,
    long PersonTimes,
    bool SplitEstimated,
    bool IsAnnualOnly,
    string? CycleLabel,
    string Owners,
    int ReportDeadlineDay,
    IReadOnlyList<SubsidyTotalRow> AnnualSummaries,
    IReadOnlyList<TypeTotal> ByType,
    IReadOnlyList<MonthTotal> ByMonth,
    IReadOnlyList<StreetTotal> ByStreet,
    IReadOnlyList<RateRow> Rates);

/// <summary>One subsidy in a district-wide yearly summary: who reported, and whether its rate is flagged.</summary>
public sealed record SubsidyTotalRow(
    string SubsidyName,
    string Scope,
    string Period,
    string Status,
    long PersonTimes,
    Money Lottery,
    Money Matching,
    Money Total,
    Money? AveragePerPersonTime,
    string RateRange,
    bool RateFlag,
    string? FlagComment,
    bool SplitEstimated);

public sealed record TypeTotal(string SubsidyName, long PersonTimes, Money Lottery, Money Matching, bool SplitEstimated)
{
    public Money Total => Lottery + Matching;
}

public sealed record MonthTotal(int Month, long PersonTimes, Money Lottery, Money Matching, int StreetsReported)
{
    public Money Total => Lottery + Matching;
}

public sealed record StreetTotal(string StreetCode, string StreetName, long PersonTimes, Money Lottery, Money Matching, int MonthsApproved, int MonthsSubmitted)
{
    public Money Total => Lottery + Matching;
}

public sealed record RateRow(string SubsidyName, DateOnly EffectiveFrom, string Level, Money Monthly);
