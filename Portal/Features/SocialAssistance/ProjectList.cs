using Portal.Domain.Common;

namespace Portal.Features.SocialAssistance;

public sealed record ProjectList(
    int Year,
    Money FactorBlock,
    Money Allocated,
    Money Unallocated,
    Money Spent,
    Money CarryOver,
    DateOnly CutOffDate,
    DateOnly AsOf,
    IReadOnlyList<ProjectRow> Projects);

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
    string Status,
    string? Owner,
    string? OwnerPhone,
    int SubprojectCount,
    int IndicatorCount);
