using Portal.Domain.Common;

namespace Portal.Features.ElderlySubsidy;

public sealed record ElderlySubsidyTotals(
    int Year,
    Money ElderlyBlock,
    Money Lottery,
    Money LotteryLeft,
    Money Matching,
    string? CycleLabel,
    string Owners,
    IReadOnlyList<SubsidyTotalRow> Rows,
    IReadOnlyList<RateRow> Rates);

/// <summary>One subsidy in one report: who reported, for which period, and whether its rate is flagged.</summary>
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
    string? FlagComment);

public sealed record RateRow(string SubsidyName, DateOnly EffectiveFrom, string Level, Money Monthly);
