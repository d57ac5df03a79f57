using Portal.Domain.Common;

namespace Portal.Features.SocialAssistance;

public sealed record ProjectList(
    int Year,
    Money FactorBlock,
    Money Allocated,
    Money Unallocated,
    Money TransferredToNextYear,
    Money Spent,
    Money CarryOver,
    DateOnly CutOffDate,
    DateOnly AsOf,
    IReadOnlyList<ProjectRow> Projects);

/// <summary>
/// A project (or, under it, a subproject) of the list: money at the cut-off, and execution against the
/// calendar on the chosen date.
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
    decimal ScheduleProgress,
    bool IsLagging,
    bool NeedsReason,
    string? LagReason,
    string Status,
    string? Owner,
    string? OwnerPhone,
    int IndicatorCount,
    IReadOnlyList<ProjectRow> Subprojects);
