using Portal.Domain.Common;
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

/// <summary>
/// A payment as typed: charged to the project, one of its subprojects, or a street share; money in 万元 like all
/// project money. <paramref name="Reason"/>: why it is entered after the year's report was published
/// (a 更正 of the published figures); not asked before then.
/// </summary>
public sealed record SpendingForm(Guid ProjectId, Guid? SubprojectId, Guid? ShareId, string? PaidOn, string? AmountWanYuan, string? Note, string? Reason = null);

/// <summary>
/// A correction of a payment as typed: why, and (for 更正) the right date and amount in 万元. Without a date
/// and amount it is a reversal (冲销) alone.
/// </summary>
public sealed record SpendingCorrection(Guid ProjectId, Guid SpendingId, string? Reason, string? PaidOn = null, string? AmountWanYuan = null, string? Note = null)
{
    public bool EntersNewFigure => PaidOn is not null || AmountWanYuan is not null;
}

public sealed record TransferForm(Guid FromProjectId, Guid? ToProjectId, string? AmountWanYuan, string? Date, string? Reason);

/// <summary>Keys of field errors on the project forms.</summary>
/// <summary>The keys the project forms give their inputs: the domain's own field identifiers.</summary>
public static class ProjectFields
{
    public const string Name = Fields.Name;
    public const string Cycle = Fields.Cycle;
    public const string Allocation = Fields.Allocation;
    public const string Details = Fields.Details;
    public const string Street = Fields.Street;
    public const string Amount = Fields.Amount;
    public const string Date = Fields.Date;
    public const string Reason = Fields.Reason;
    public const string Measure = Fields.Measure;
    public const string Target = Fields.Target;
    public const string Achieved = Fields.Achieved;
    public const string Note = Fields.Note;
    public const string Purpose = Fields.Purpose;
    public const string Owner = Fields.Owner;
    public const string Phone = Fields.Phone;
    public const string Description = Fields.Description;
    public const string Outcome = Fields.Outcome;
    public const string Unit = Fields.Unit;
}
