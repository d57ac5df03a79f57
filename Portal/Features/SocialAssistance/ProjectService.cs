using Portal.Infrastructure;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.SocialAssistance;
using Portal.Features.FundYears;
using Portal.Infrastructure.Data;
using Portal.Security;

namespace Portal.Features.SocialAssistance;

/// <summary>
/// The factor block's projects: managers set them up and move money; everyone who may read district figures
/// sees them. Versions are the ones the page showed, so a concurrent change is refused, not overwritten.
/// </summary>
public sealed class ProjectService(
    IDbContextFactory<PortalDbContext> contextFactory,
    FundYearLoader loader,
    ReadAuthorizer reads,
    OperationAuthorizer authorizer,
    TimeProvider clock)
{
    public async Task<PageData<ProjectDetailView>> DetailAsync(Guid projectId, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        var user = await reads.UserAsync(cancellationToken);
        if (!user.CanReadDistrict)
            return await reads.RefuseAsync<ProjectDetailView>(user, $"Project/{projectId}", AuthorizationMessages.DistrictOnly);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // Only the caller's district: a project of another district is not found, exactly as an unknown id.
        var year = await db.FundYears.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(y => y.DistrictId == user.DistrictId && y.Projects.Any(p => p.Id == projectId), cancellationToken);
        var district = year is null ? null : await db.Districts.AsNoTracking().SingleOrDefaultAsync(d => d.Id == year.DistrictId, cancellationToken);
        if (year is null || district is null)
        {
            if (await db.Set<Project>().AnyAsync(p => p.Id == projectId, cancellationToken))
                await reads.RecordOtherDistrictAsync(user, $"Project/{projectId}");
            return PageData.NotFound<ProjectDetailView>(ProjectMessages.ProjectNotFound);
        }

        return PageData.Of(ProjectViews.Detail(year, year.FindProject(projectId)!, district, asOf ?? year.ScheduleDate(Today()), user.IsManager));
    }

    /// <summary>The areas (领域) of the caller's district a new project may belong to, in the district's order; none without a district.</summary>
    public async Task<IReadOnlyList<ProjectAreaDefinition>> AreasAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var district = await loader.DistrictAsync(db, cancellationToken);
        return district?.ProjectAreas.OrderBy(a => a.Order).ToList() ?? [];
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
        // Only one of the district's own areas (领域).
        var area = form.Area is null ? Result.Fail(ProjectMessages.UnknownArea, Fields.Area) : loaded.District.CheckArea(form.Area);
        if (area.IsFailure)
            return FormResult.From(area);
        var fundYear = await db.FundYears.AsSplitQuery().SingleAsync(y => y.Id == loaded.Year.Id, cancellationToken);
        var added = fundYear.AddProject(form.Area!, details!, allocation);
        if (added.IsFailure)
            return FormResult.From(added);
        db.Actor = authorized.Value.AuditName;
        return FormResult.From(await CarryForward.SaveAsync(db, fundYear, cancellationToken));
    }

    public Task<FormResult> UpdateAsync(Guid projectId, ProjectForm form, Guid version, CancellationToken cancellationToken = default) =>
        ChangeAsync(PortalOperation.EditProject, projectId, version, (year, project) =>
        {
            var (details, allocation, errors) = ProjectFormReader.Read(form);
            if (errors.Count > 0)
                return FormResult.Invalid(errors);
            var updated = project.UpdateDetails(details!);
            return updated.IsFailure ? updated : year.ChangeProjectAllocation(project.Id, allocation);
        }, cancellationToken);

    public Task<FormResult> AddSubprojectAsync(Guid projectId, ProjectForm form, Guid version, CancellationToken cancellationToken = default) =>
        ChangeAsync(PortalOperation.AddSubproject, projectId, version, (_, project) =>
        {
            var (details, allocation, errors) = ProjectFormReader.Read(form);
            return errors.Count > 0 ? FormResult.Invalid(errors) : project.AddSubproject(details!, allocation);
        }, cancellationToken);

    public Task<FormResult> UpdateSubprojectAsync(Guid projectId, Guid subprojectId, ProjectForm form, Guid version, CancellationToken cancellationToken = default) =>
        ChangeAsync(PortalOperation.EditSubproject, projectId, version, (_, project) =>
        {
            var (details, allocation, errors) = ProjectFormReader.Read(form);
            if (errors.Count > 0)
                return FormResult.Invalid(errors);
            var updated = project.UpdateSubprojectDetails(subprojectId, details!);
            return updated.IsFailure ? updated : project.ChangeSubprojectAllocation(subprojectId, allocation);
        }, cancellationToken);

    public Task<FormResult> ShareToStreetAsync(Guid projectId, Guid? subprojectId, string? streetCode, string? amountWanYuan, string? purpose, Guid version, CancellationToken cancellationToken = default) =>
        ChangeAsync(PortalOperation.ShareToStreet, projectId, version, (year, project, db) =>
        {
            var street = db.Streets.SingleOrDefault(s => s.DistrictId == year.DistrictId && s.Code == streetCode);
            if (street is null)
                return Invalid(ProjectFields.Street, UserAccountMessages.StreetNotFound);
            var amount = Money.ParseWanYuan(amountWanYuan);
            if (amount.IsFailure)
                return Invalid(ProjectFields.Amount, amount.Error!);
            return project.ShareToStreet(subprojectId, street, amount.Value, purpose);
        }, cancellationToken);

    /// <summary>Changes a street's share (never below what the street spent, never above what is free).</summary>
    public Task<FormResult> ChangeShareAsync(Guid projectId, Guid shareId, string? amountWanYuan, Guid version, CancellationToken cancellationToken = default) =>
        ChangeAsync(PortalOperation.ChangeShare, projectId, version, (_, project) =>
        {
            var amount = Money.ParseWanYuan(amountWanYuan);
            return amount.IsFailure ? Invalid(ProjectFields.Amount, amount.Error!) : project.ChangeShare(shareId, amount.Value);
        }, cancellationToken);

    public Task<FormResult> AddIndicatorAsync(Guid projectId, Guid? subprojectId, IndicatorForm form, Guid version, CancellationToken cancellationToken = default) =>
        ChangeAsync(PortalOperation.AddIndicator, projectId, version, (_, project) =>
        {
            var (details, errors) = ProjectFormReader.Read(form);
            return errors.Count > 0 ? FormResult.Invalid(errors) : project.AddIndicator(subprojectId, details!);
        }, cancellationToken);

    /// <summary>Changes an indicator: target, what it achieved (which the report prints), name, unit.</summary>
    public Task<FormResult> UpdateIndicatorAsync(Guid projectId, Guid indicatorId, IndicatorForm form, Guid version, CancellationToken cancellationToken = default) =>
        ChangeAsync(PortalOperation.EditIndicator, projectId, version, (_, project) =>
        {
            var (details, errors) = ProjectFormReader.Read(form);
            return errors.Count > 0 ? FormResult.Invalid(errors) : project.UpdateIndicator(indicatorId, details!);
        }, cancellationToken);

    public Task<FormResult> RemoveIndicatorAsync(Guid projectId, Guid indicatorId, Guid version, CancellationToken cancellationToken = default) =>
        ChangeAsync(PortalOperation.RemoveIndicator, projectId, version, (_, project) => project.RemoveIndicator(indicatorId), cancellationToken);

    public Task<FormResult> ExplainLagAsync(Guid projectId, Guid? subprojectId, string? reason, string? measure, Guid version, CancellationToken cancellationToken = default) =>
        ChangeAsync(PortalOperation.ExplainLag, projectId, version, (_, project) => project.ExplainLag(subprojectId, reason, measure, Today()), cancellationToken);

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
            return errors.Count > 0 ? FormResult.Invalid(errors) : year.Transfer(form.FromProjectId, form.ToProjectId, amount.Value, date!.Value, form.Reason);
        }, cancellationToken);
    }

    /// <summary>Moves the project to a position in its year; the report numbers (一)(二)… in this order.</summary>
    public Task<FormResult> MoveProjectAsync(Guid projectId, int position, Guid version, CancellationToken cancellationToken = default) =>
        ChangeAsync(PortalOperation.OrderProjects, projectId, version, (year, project) => year.MoveProject(project.Id, position), cancellationToken);

    public Task<FormResult> MoveSubprojectAsync(Guid projectId, Guid subprojectId, int position, Guid version, CancellationToken cancellationToken = default) =>
        ChangeAsync(PortalOperation.OrderSubprojects, projectId, version, (_, project) => project.MoveSubproject(subprojectId, position), cancellationToken);

    /// <summary>Removes a subproject nothing was spent under.</summary>
    public Task<FormResult> RemoveSubprojectAsync(Guid projectId, Guid subprojectId, Guid version, CancellationToken cancellationToken = default) =>
        ChangeAsync(PortalOperation.DeleteSubproject, projectId, version, (_, project) => project.RemoveSubproject(subprojectId), cancellationToken);

    /// <summary>Removes a project nothing was spent from or moved to or from.</summary>
    public Task<FormResult> RemoveAsync(Guid projectId, Guid version, CancellationToken cancellationToken = default) =>
        ChangeAsync(PortalOperation.DeleteProject, projectId, version, (year, project) => year.RemoveProject(project.Id), cancellationToken);

    private Task<FormResult> ChangeAsync(PortalOperation operation, Guid projectId, Guid version, Func<FundYear, Project, Result> change, CancellationToken cancellationToken) =>
        ChangeAsync(operation, projectId, version, (year, project, _) => change(year, project), cancellationToken);

    /// <summary>
    /// Authorize, load the year holding the project, check the version the page showed, change, and save with
    /// the next year's carry-in brought up to date (<see cref="CarryForward"/>). A refusal about one field is
    /// shown under it.
    /// </summary>
    private async Task<FormResult> ChangeAsync(PortalOperation operation, Guid projectId, Guid version, Func<FundYear, Project, PortalDbContext, Result> change, CancellationToken cancellationToken)
    {
        var authorized = await authorizer.AuthorizeAsync(operation, null, $"Project/{projectId}", cancellationToken);
        if (authorized.IsFailure)
            return FormResult.Refused(authorized.Error!);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var district = authorized.Value.DistrictId;
        var year = await db.FundYears.AsSplitQuery().SingleOrDefaultAsync(y => y.DistrictId == district && y.Projects.Any(p => p.Id == projectId), cancellationToken);
        var project = year?.FindProject(projectId);
        if (year is null || project is null)
            return FormResult.Refused(ProjectMessages.ProjectNotFound);
        if (project.Version != version)
            return FormResult.Refused(await db.ChangedByOthersAsync(nameof(Project), projectId, cancellationToken));
        var changed = change(year, project, db);
        if (changed.IsFailure)
            return FormResult.From(changed);
        db.Actor = authorized.Value.AuditName;
        return FormResult.From(await CarryForward.SaveAsync(db, year, cancellationToken));
    }

    private static FormResult Invalid(string field, string message) => FormResult.Invalid(new Dictionary<string, string> { [field] = message });

    private DateOnly Today() => clock.BeijingToday();
}
