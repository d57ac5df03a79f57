using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.SocialAssistance;
using Portal.Features.FundYears;
using Portal.Infrastructure.Data;
using Portal.Security;

namespace Portal.Features.SocialAssistance;

public sealed class ProjectService(
    IDbContextFactory<PortalDbContext> contextFactory,
    FundYearLoader loader,
    IReadAuthorizer reads,
    IOperationAuthorizer authorizer,
    TimeProvider clock) : IProjectService
{
    public async Task<PageData<ProjectDetailView>> DetailAsync(Guid projectId, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        var user = await reads.UserAsync(cancellationToken);
        if (!user.CanReadDistrict)
            return reads.Refuse<ProjectDetailView>(user, $"Project/{projectId}", AuthorizationMessages.DistrictOnly);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var year = await db.FundYears.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(y => y.Projects.Any(p => p.Id == projectId), cancellationToken);
        var district = await loader.DistrictAsync(db, cancellationToken);
        if (year is null || district is null)
            return PageData.NotFound<ProjectDetailView>(ProjectMessages.ProjectNotFound);
        return PageData.Of(ProjectViews.Detail(year, year.FindProject(projectId)!, district, asOf ?? Today(), user.IsManager));
    }

    public async Task<FormResult> CreateAsync(int year, ProjectForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var authorized = await authorizer.AuthorizeAsync(PortalOperation.CreateProject, null, string.Create(CultureInfo.InvariantCulture, $"FundYear/{year}/projects"), cancellationToken);
        if (authorized.IsFailure)
            return FormResult.Refused(authorized.Error!);
        var (details, allocation, errors) = ProjectFormReader.Read(form);
        if (errors.Count > 0)
            return FormResult.Invalid(errors);

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await loader.LoadAsync(db, year, cancellationToken) is not { } loaded)
            return FormResult.Refused(FundYearPageMessages.NotFound(year));
        var fundYear = await db.FundYears.SingleAsync(y => y.Id == loaded.Year.Id, cancellationToken);
        var added = fundYear.AddProject(form.Area, details!, allocation);
        return await SaveAsync(db, authorized.Value, added, ProjectFields.Allocation, cancellationToken);
    }

    public Task<FormResult> UpdateAsync(Guid projectId, ProjectForm form, Guid version, CancellationToken cancellationToken = default) =>
        ChangeAsync(PortalOperation.EditProject, projectId, version, (year, project) =>
        {
            var (details, allocation, errors) = ProjectFormReader.Read(form);
            if (errors.Count > 0)
                return FormResult.Invalid(errors);
            var updated = project.UpdateDetails(details!);
            if (updated.IsFailure)
                return FormResult.Refused(updated.Error!);
            return Field(ProjectFields.Allocation, year.ChangeProjectAllocation(project.Id, allocation));
        }, cancellationToken);

    public Task<FormResult> AddSubprojectAsync(Guid projectId, ProjectForm form, Guid version, CancellationToken cancellationToken = default) =>
        ChangeAsync(PortalOperation.AddSubproject, projectId, version, (_, project) =>
        {
            var (details, allocation, errors) = ProjectFormReader.Read(form);
            return errors.Count > 0 ? FormResult.Invalid(errors) : Field(ProjectFields.Allocation, project.AddSubproject(details!, allocation));
        }, cancellationToken);

    public Task<FormResult> UpdateSubprojectAsync(Guid projectId, Guid subprojectId, ProjectForm form, Guid version, CancellationToken cancellationToken = default) =>
        ChangeAsync(PortalOperation.EditSubproject, projectId, version, (_, project) =>
        {
            var (details, allocation, errors) = ProjectFormReader.Read(form);
            if (errors.Count > 0)
                return FormResult.Invalid(errors);
            var updated = project.UpdateSubprojectDetails(subprojectId, details!);
            if (updated.IsFailure)
                return FormResult.Refused(updated.Error!);
            return Field(ProjectFields.Allocation, project.ChangeSubprojectAllocation(subprojectId, allocation));
        }, cancellationToken);

    public Task<FormResult> ShareToStreetAsync(Guid projectId, Guid? subprojectId, string? streetCode, string? amountWanYuan, string? purpose, Guid version, CancellationToken cancellationToken = default) =>
        ChangeAsync(PortalOperation.ShareToStreet, projectId, version, (year, project, db) =>
        {
            var street = db.Streets.SingleOrDefault(s => s.DistrictId == year.DistrictId && s.Code == streetCode);
            if (street is null)
                return FormResult.Invalid(new Dictionary<string, string> { [ProjectFields.Street] = UserAccountMessages.StreetNotFound });
            var amount = Money.ParseWanYuan(amountWanYuan);
            if (amount.IsFailure)
                return FormResult.Invalid(new Dictionary<string, string> { [ProjectFields.Amount] = amount.Error! });
            return Field(ProjectFields.Amount, project.ShareToStreet(subprojectId, street, amount.Value, purpose));
        }, cancellationToken);

    public Task<FormResult> AddIndicatorAsync(Guid projectId, Guid? subprojectId, IndicatorForm form, Guid version, CancellationToken cancellationToken = default) =>
        ChangeAsync(PortalOperation.AddIndicator, projectId, version, (_, project) =>
        {
            var (details, errors) = ProjectFormReader.Read(form);
            return errors.Count > 0 ? FormResult.Invalid(errors) : FormResult.From(project.AddIndicator(subprojectId, details!));
        }, cancellationToken);

    public Task<FormResult> ExplainLagAsync(Guid projectId, Guid? subprojectId, string? reason, string? measure, Guid version, CancellationToken cancellationToken = default) =>
        ChangeAsync(PortalOperation.ExplainLag, projectId, version, (_, project) =>
            Field(ProjectFields.Reason, project.ExplainLag(subprojectId, reason, measure, Today())), cancellationToken);

    public Task<FormResult> TransferAsync(TransferForm form, Guid version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        return ChangeAsync(PortalOperation.TransferMoney, form.FromProjectId, version, (year, _) =>
        {
            var errors = new Dictionary<string, string>(StringComparer.Ordinal);
            var amount = Money.ParseWanYuan(form.AmountWanYuan);
            if (amount.IsFailure)
                errors[ProjectFields.Amount] = amount.Error!;
            var date = TypedInput.Date(form.Date);
            if (date is null)
                errors[ProjectFields.Date] = FundYearAdminService.DateRequired;
            if (errors.Count > 0)
                return FormResult.Invalid(errors);
            var transfer = year.Transfer(form.FromProjectId, form.ToProjectId, amount.Value, date!.Value, form.Reason);
            return Field(transfer.Error == ProjectMessages.TransferReasonRequired ? ProjectFields.Reason : ProjectFields.Amount, transfer);
        }, cancellationToken);
    }

    private Task<FormResult> ChangeAsync(PortalOperation operation, Guid projectId, Guid version, Func<FundYear, Project, FormResult> change, CancellationToken cancellationToken) =>
        ChangeAsync(operation, projectId, version, (year, project, _) => change(year, project), cancellationToken);

    /// <summary>Authorize, load the year holding the project, check the version the page showed, change, save.</summary>
    private async Task<FormResult> ChangeAsync(PortalOperation operation, Guid projectId, Guid version, Func<FundYear, Project, PortalDbContext, FormResult> change, CancellationToken cancellationToken)
    {
        var authorized = await authorizer.AuthorizeAsync(operation, null, $"Project/{projectId}", cancellationToken);
        if (authorized.IsFailure)
            return FormResult.Refused(authorized.Error!);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var year = await db.FundYears.AsSplitQuery().SingleOrDefaultAsync(y => y.Projects.Any(p => p.Id == projectId), cancellationToken);
        var project = year?.FindProject(projectId);
        if (year is null || project is null)
            return FormResult.Refused(ProjectMessages.ProjectNotFound);
        if (project.Version != version)
            return FormResult.Refused(await db.ChangedByOthersAsync(nameof(Project), projectId, cancellationToken));
        var changed = change(year, project, db);
        if (changed.IsFailure)
            return changed;
        db.Actor = authorized.Value.AuditName;
        return FormResult.From(await db.SaveOrConflictAsync(cancellationToken));
    }

    private static async Task<FormResult> SaveAsync<T>(PortalDbContext db, PortalUser user, Result<T> change, string field, CancellationToken cancellationToken)
    {
        if (change.IsFailure)
            return FormResult.Invalid(new Dictionary<string, string> { [field] = change.Error! });
        db.Actor = user.AuditName;
        return FormResult.From(await db.SaveOrConflictAsync(cancellationToken));
    }

    /// <summary>A domain refusal shown next to the field it is about.</summary>
    private static FormResult Field(string field, Result result) =>
        result.IsSuccess ? FormResult.Saved() : FormResult.Invalid(new Dictionary<string, string> { [field] = result.Error! });

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().Date);
}
