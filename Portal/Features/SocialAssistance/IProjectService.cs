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
}

/// <summary>
/// Spending: managers charge any project, subproject or share; street staff only their own street's shares.
/// </summary>
public interface ISpendingService
{
    Task<FormResult> RecordAsync(SpendingForm form, CancellationToken cancellationToken = default);
}
