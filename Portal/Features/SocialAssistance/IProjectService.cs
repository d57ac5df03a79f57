using Portal.Domain.Common;

namespace Portal.Features.SocialAssistance;

/// <summary>
/// The factor block's projects: managers set them up and move money; everyone who may read district figures
/// sees them. Versions are the ones the page showed, so a concurrent change is refused, not overwritten.
/// </summary>
public interface IProjectService
{
    Task<PageData<ProjectDetailView>> DetailAsync(Guid projectId, DateOnly? asOf = null, CancellationToken cancellationToken = default);

    Task<FormResult> CreateAsync(int year, ProjectForm form, CancellationToken cancellationToken = default);

    Task<FormResult> UpdateAsync(Guid projectId, ProjectForm form, Guid version, CancellationToken cancellationToken = default);

    Task<FormResult> AddSubprojectAsync(Guid projectId, ProjectForm form, Guid version, CancellationToken cancellationToken = default);

    Task<FormResult> UpdateSubprojectAsync(Guid projectId, Guid subprojectId, ProjectForm form, Guid version, CancellationToken cancellationToken = default);

    Task<FormResult> ShareToStreetAsync(Guid projectId, Guid? subprojectId, string? streetCode, string? amountWanYuan, string? purpose, Guid version, CancellationToken cancellationToken = default);

    Task<FormResult> AddIndicatorAsync(Guid projectId, Guid? subprojectId, IndicatorForm form, Guid version, CancellationToken cancellationToken = default);

    Task<FormResult> ExplainLagAsync(Guid projectId, Guid? subprojectId, string? reason, string? measure, Guid version, CancellationToken cancellationToken = default);

    Task<FormResult> TransferAsync(TransferForm form, Guid version, CancellationToken cancellationToken = default);

    /// <summary>Changes a street's share (never below what the street spent, never above what is free).</summary>
    Task<FormResult> ChangeShareAsync(Guid projectId, Guid shareId, string? amountWanYuan, Guid version, CancellationToken cancellationToken = default);

    /// <summary>Changes an indicator: target, what it achieved (which the report prints), name, unit.</summary>
    Task<FormResult> UpdateIndicatorAsync(Guid projectId, Guid indicatorId, IndicatorForm form, Guid version, CancellationToken cancellationToken = default);

    Task<FormResult> RemoveIndicatorAsync(Guid projectId, Guid indicatorId, Guid version, CancellationToken cancellationToken = default);

    /// <summary>Moves the project to a position in its year; the report numbers (一)(二)… in this order.</summary>
    Task<FormResult> MoveProjectAsync(Guid projectId, int position, Guid version, CancellationToken cancellationToken = default);

    Task<FormResult> MoveSubprojectAsync(Guid projectId, Guid subprojectId, int position, Guid version, CancellationToken cancellationToken = default);

    /// <summary>Removes a subproject nothing was spent under.</summary>
    Task<FormResult> RemoveSubprojectAsync(Guid projectId, Guid subprojectId, Guid version, CancellationToken cancellationToken = default);

    /// <summary>Removes a project nothing was spent from or moved to or from.</summary>
    Task<FormResult> RemoveAsync(Guid projectId, Guid version, CancellationToken cancellationToken = default);
}

/// <summary>
/// Spending: managers charge and correct any project, subproject or share; street staff only their own
/// street's shares. A payment is corrected by reversal (冲销) and, for 更正, the right figure after it.
/// </summary>
public interface ISpendingService
{
    Task<FormResult> RecordAsync(SpendingForm form, CancellationToken cancellationToken = default);

    /// <summary>Reverses a payment, or (with a date and amount) reverses it and enters the right figure.</summary>
    Task<FormResult> CorrectAsync(SpendingCorrection correction, Guid version, CancellationToken cancellationToken = default);
}
