using Portal.Infrastructure;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.SocialAssistance;
using Portal.Features.Figures;
using Portal.Features.FundYears;
using Portal.Infrastructure.Data;
using Portal.Security;

namespace Portal.Features.SocialAssistance;

public sealed class ProjectListService(IDbContextFactory<PortalDbContext> contextFactory, DistrictScopeLoader districts, TimeProvider clock)
{
    /// <summary>The factor block's projects of a year: money at the cut-off, schedule and lag on <paramref name="asOf"/> (default today).</summary>
    public async Task<PageData<ProjectList>> ProjectsAsync(int? year, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (scope, refusal) = await districts.LoadAsync<ProjectList>(db, year, "FundYear/projects", FundYearDetail.WithoutSpending, cancellationToken);
        if (scope is null)
            return refusal!;
        var fundYear = scope.Year;
        var date = asOf ?? fundYear.ScheduleDate(clock.BeijingToday());
        var spending = await SpendingSums.OfYearAsync(db, fundYear.Id, cancellationToken);

        var rows = fundYear.Projects.OrderBy(p => p.Order).Select(p => Row(
            p.Id,
            ChineseNumber.Parenthesized(p.Order),
            p.Name,
            scope.District.AreaName(p.Area),
            p.Cycle,
            fundYear.LedgerOf(p, spending),
            p.Lag,
            p.Status,
            p.Owner,
            p.OwnerPhone,
            p.Indicators.Count,
            date,
            p.Subprojects.OrderBy(s => s.Order).Select(s => Row(
                s.Id,
                s.Order.ToString(CultureInfo.InvariantCulture),
                s.Name,
                scope.District.AreaName(p.Area),
                s.Cycle,
                p.SubprojectLedger(s.Id, spending),
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
            fundYear.CarriedIn,
            Money.Sum(rows.Select(r => r.Allocation)),
            fundYear.Unallocated,
            fundYear.TransferredToNextYearBy(date),
            Money.Sum(rows.Select(r => r.Spent)),
            Money.Sum(rows.Select(r => r.CarryOver)),
            fundYear.CutOffDate,
            date,
            rows));
    }

    private static ProjectRow Row(
        Guid id, string number, string name, string areaName, Cycle cycle, NodeLedger ledger, LagExplanation? lag,
        ProjectStatus status, string? owner, string? phone, int indicators, DateOnly date, IReadOnlyList<ProjectRow> subprojects)
    {
        var position = ledger.At(date);
        var schedule = ledger.Schedule(cycle, status, date);
        return new ProjectRow(
            id,
            number,
            name,
            areaName,
            cycle.Label,
            position.Allocation,
            position.Spent,
            position.CarryOver,
            position.ExecutionRate,
            schedule,
            lag?.Reason,
            ProjectStatusNames.Of(status),
            owner,
            phone,
            indicators,
            subprojects);
    }
}
