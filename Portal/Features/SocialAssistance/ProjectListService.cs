using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.SocialAssistance;
using Portal.Features.FundYears;
using Portal.Infrastructure.Data;
using Portal.Security;

namespace Portal.Features.SocialAssistance;

public sealed class ProjectListService(IDbContextFactory<PortalDbContext> contextFactory, DistrictScopeLoader districts, TimeProvider clock) : IProjectListService
{
    public async Task<PageData<ProjectList>> ProjectsAsync(int? year, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (scope, refusal) = await districts.LoadAsync<ProjectList>(db, year, "FundYear/projects", cancellationToken);
        if (scope is null)
            return refusal!;
        var fundYear = scope.Year;
        var cutOff = fundYear.CutOffDate;
        var date = asOf ?? DateOnly.FromDateTime(clock.GetLocalNow().Date);

        var rows = fundYear.Projects.OrderBy(p => p.Order).Select(p => Row(
            p.Id,
            ChineseNumber.Parenthesized(p.Order),
            p.Name,
            p.Area,
            p.Cycle,
            p.Budget(cutOff),
            p.Budget(date),
            p.Lag,
            p.Status,
            p.Owner,
            p.OwnerPhone,
            p.Indicators.Count,
            date,
            p.Subprojects.OrderBy(s => s.Order).Select(s => Row(
                s.Id,
                s.Order.ToString(System.Globalization.CultureInfo.InvariantCulture),
                s.Name,
                p.Area,
                s.Cycle,
                p.SubprojectBudget(s.Id, cutOff),
                p.SubprojectBudget(s.Id, date),
                s.Lag,
                s.Status,
                s.Owner,
                s.OwnerPhone,
                p.Indicators.Count(i => i.SubprojectId == s.Id),
                date,
                [])).ToList())).ToList();

        return PageData.Of(new ProjectList(
            fundYear.Year,
            fundYear.FactorBlock,
            fundYear.Allocated,
            fundYear.Unallocated,
            fundYear.TransferredToNextYear,
            Money.Sum(rows.Select(r => r.Spent)),
            Money.Sum(rows.Select(r => r.CarryOver)),
            cutOff,
            date,
            rows));
    }

    private static ProjectRow Row(
        Guid id, string number, string name, ProjectArea area, Cycle cycle, BudgetLine atCutOff, BudgetLine onDate, LagExplanation? lag,
        ProjectStatus status, string? owner, string? phone, int indicators, DateOnly date, IReadOnlyList<ProjectRow> subprojects)
    {
        var schedule = ScheduleCheck.Of(onDate, cycle, date);
        return new ProjectRow(
            id,
            number,
            name,
            area == ProjectArea.ChildProtection ? "儿童保护" : "社会救助",
            cycle.Label,
            atCutOff.Allocation,
            atCutOff.SpentInTotal,
            atCutOff.Balance,
            schedule.ExecutionRate,
            schedule.ScheduleProgress,
            schedule.IsLagging,
            schedule.NeedsReason,
            lag?.Reason,
            ProjectStatusNames.Of(status),
            owner,
            phone,
            indicators,
            subprojects);
    }
}
