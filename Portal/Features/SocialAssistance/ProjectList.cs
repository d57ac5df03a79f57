using Portal.Domain.Common;
using Portal.Domain.SocialAssistance;

namespace Portal.Features.SocialAssistance;

/// <summary>The year's projects with every figure read on one date, <see cref="AsOf"/>.</summary>
public sealed record ProjectList(
    int Year,
    Money FactorBlock,
    Money CarriedIn,
    Money Allocated,
    Money Unallocated,
    Money TransferredToNextYear,
    Money Spent,
    Money CarryOver,
    DateOnly CutOffDate,
    DateOnly AsOf,
    IReadOnlyList<ProjectRow> Projects);

/// <summary>
/// A project (or, under it, a subproject) of the list: its money and execution rate on the list's date, and
/// its schedule check (a cycle that ended before that date is judged at its end).
/// </summary>
public sealed record ProjectRow(
    Guid Id,
    string Number,
    string Name,
    string AreaName,
    string CycleLabel,
    Money Allocation,
    Money Spent,
    Money CarryOver,
    decimal ExecutionRate,
    ScheduleCheck Schedule,
    string? LagReason,
    string Status,
    string? Owner,
    string? OwnerPhone,
    int IndicatorCount,
    IReadOnlyList<ProjectRow> Subprojects)
{
    public decimal ScheduleProgress => Schedule.ScheduleProgress;

    public bool IsLagging => Schedule.IsLagging;

    public bool NeedsReason => Schedule.NeedsReason;
}
