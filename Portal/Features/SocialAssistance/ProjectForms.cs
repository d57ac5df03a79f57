using Portal.Domain.SocialAssistance;

namespace Portal.Features.SocialAssistance;

/// <summary>A project or subproject as typed on its form; money in 万元 as the report writes it.</summary>
public sealed record ProjectForm(
    string? Name,
    string? Description,
    string? CycleKind,
    string? CycleStart,
    string? CycleEnd,
    string? AllocationWanYuan,
    string? Owner,
    string? OwnerPhone,
    ProjectStatus Status,
    ProjectArea Area,
    string? Outcome,
    string? Problems,
    string? CorrectiveMeasures);

public sealed record IndicatorForm(IndicatorCategory Category, string? Name, string? Unit, IndicatorComparison Comparison, string? Target, string? Achieved);

/// <summary>A payment as typed: charged to the project, one of its subprojects, or a street share.</summary>
public sealed record SpendingForm(Guid ProjectId, Guid? SubprojectId, Guid? ShareId, string? PaidOn, string? AmountYuan, string? Note);

public sealed record TransferForm(Guid FromProjectId, Guid? ToProjectId, string? AmountWanYuan, string? Date, string? Reason);

/// <summary>Keys of field errors on the project forms.</summary>
public static class ProjectFields
{
    public const string Name = "name";
    public const string Cycle = "cycle";
    public const string Allocation = "allocation";
    public const string Details = "details";
    public const string Street = "street";
    public const string Amount = "amount";
    public const string Date = "date";
    public const string Reason = "reason";
    public const string Target = "target";
    public const string Achieved = "achieved";
}
