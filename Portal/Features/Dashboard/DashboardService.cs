using Portal.Infrastructure;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Domain.SocialAssistance;
using Portal.Features.FundYears;
using Portal.Infrastructure.Data;
using Portal.Security;

namespace Portal.Features.Dashboard;

public sealed class DashboardService(IDbContextFactory<PortalDbContext> contextFactory, DistrictScopeLoader districts, TimeProvider clock)
{
    /// <summary>The manager dashboard of a fund year, with execution measured on <paramref name="asOf"/> (default today).</summary>
    public async Task<PageData<DashboardView>> DashboardAsync(int? year, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (scope, refusal) = await districts.LoadAsync<DashboardView>(db, year, "Dashboard", FundYearDetail.WithoutSpending, cancellationToken);
        if (scope is null)
            return refusal!;
        var figures = await DashboardFigures.LoadAsync(db, scope.Year.Id, cancellationToken);
        return PageData.Of(await BuildAsync(db, scope, figures, asOf, cancellationToken));
    }

    /// <summary>The home page: the year's overview and its dashboard, from one reading of the year.</summary>
    public async Task<PageData<DashboardHome>> HomeAsync(int? year, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (scope, refusal) = await districts.LoadAsync<DashboardHome>(db, year, "Dashboard", FundYearDetail.WithoutSpending, cancellationToken);
        if (scope is null)
            return refusal!;
        var figures = await DashboardFigures.LoadAsync(db, scope.Year.Id, cancellationToken);
        var overview = FundYearOverviewService.Of(scope, figures.Spending, figures.Elderly);
        return PageData.Of(new DashboardHome(overview, await BuildAsync(db, scope, figures, asOf, cancellationToken)));
    }

    private async Task<DashboardView> BuildAsync(PortalDbContext db, DistrictScope scope, DashboardFigures figures, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var (district, fundYear) = (scope.District, scope.Year);
        var today = clock.BeijingToday();
        var date = asOf ?? fundYear.ScheduleDate(today);
        var types = await db.SubsidyTypes.AsNoTracking().IgnoreAutoIncludes().ToDictionaryAsync(t => t.Id, cancellationToken);
        var streets = district.Streets.OrderBy(s => s.Order).ToList();
        var projects = fundYear.Projects.OrderBy(p => p.Order).ToList();
        var alerts = new List<Alert>();
        var y = fundYear.Year.ToString(CultureInfo.InvariantCulture);

        var execution = projects.Select(p =>
        {
            var ledger = fundYear.LedgerOf(p, figures.Spending);
            var position = ledger.At(date);
            var check = ledger.Schedule(p.Cycle, p.Status, date);
            var name = ChineseNumber.Parenthesized(p.Order) + p.Name;
            if (check.NeedsReason && p.Lag is null)
                alerts.Add(new Alert(AlertKind.LaggingWithoutReason, $"{name}：执行率 {Percent(check.ExecutionRate)}，序时进度 {Percent(check.ScheduleProgress)}，尚未说明原因。", $"/projects/{p.Id}"));
            return new ExecutionRow(p.Id, name, position.Allocation, position.Spent, position.ExecutionRate, check.ScheduleProgress, check.IsLagging, p.Lag is not null);
        }).ToList();

        var spendingByMonth = figures.Spending
            .GroupBy(d => d.Date.ToString("yyyy-MM", CultureInfo.InvariantCulture))
            .OrderBy(g => g.Key)
            .Select(g => new SpendingMonth(g.Key, Money.Sum(g.Select(d => d.Amount))))
            .ToList();

        var advancedAge = types.Values.Single(t => t.Code == SubsidyType.AdvancedAgeCode).Id;
        var counted = figures.Elderly.Counted.ToList();
        var elderlyByMonth = Enumerable.Range(1, 12).Select(month =>
        {
            var ofMonth = counted.Where(e => e.Month == month).ToList();
            var aa = ElderlyAmounts.Sum(ofMonth.Where(e => e.SubsidyTypeId == advancedAge).Select(e => e.Amounts));
            var dc = ElderlyAmounts.Sum(ofMonth.Where(e => e.SubsidyTypeId != advancedAge).Select(e => e.Amounts));
            return new ElderlyMonth(month, aa.PersonTimes, aa.Total, dc.PersonTimes, dc.Total);
        }).ToList();

        var annualOnly = figures.Elderly.IsAnnualOnly;
        var monthsByStreet = figures.Elderly.Months.Where(r => r.StreetId is not null && r.Month is not null).ToLookup(r => r.StreetId!.Value);
        var countedByStreet = counted.Where(l => l.StreetId is not null).ToLookup(l => l.StreetId!.Value);
        var byStreet = streets.Select(street =>
        {
            var ofStreet = monthsByStreet[street.Id].ToDictionary(r => r.Month!.Value, r => r.Status);
            var overdue = 0;
            for (var month = 1; month <= 12; month++)
            {
                ReportStatus? status = ofStreet.TryGetValue(month, out var known) ? known : null;
                var link = $"/streets/{street.Code}/elderly-subsidies?year={y}&month={month.ToString(CultureInfo.InvariantCulture)}";
                if (!annualOnly && status == ReportStatus.Returned)
                    alerts.Add(new Alert(AlertKind.ReturnedMonth, $"{street.FullName} {month} 月已退回，待街道更正。", link) { StreetCode = street.Code, Street = street.FullName, Month = month });
                if (StreetMonths.IsOverdue(fundYear, month, status, annualOnly, today))
                {
                    overdue++;
                    alerts.Add(new Alert(AlertKind.OverdueMonth, $"{street.FullName} {month} 月逾期未提交（截止 {fundYear.ReportDueDate(month):yyyy-MM-dd}）。", link) { StreetCode = street.Code, Street = street.FullName, Month = month });
                }
            }

            var shares = projects.SelectMany(p => p.Shares.Where(s => s.StreetId == street.Id).Select(s => p.ShareLedger(s.Id, figures.Spending).At(date))).ToList();
            var elderly = ElderlyAmounts.Sum(countedByStreet[street.Id].Select(l => l.Amounts));
            return new StreetRow(
                street.Code,
                street.FullName,
                Money.Sum(shares.Select(s => s.Allocation)),
                Money.Sum(shares.Select(s => s.Spent)),
                elderly.PersonTimes,
                elderly.Total,
                ofStreet.Values.Count(s => s == ReportStatus.Approved),
                overdue);
        }).ToList();

        foreach (var flagged in figures.Flagged)
        {
            var street = flagged.StreetId is { } streetId ? streets.Single(s => s.Id == streetId) : null;
            var when = flagged.Month is { } month ? month.ToString(CultureInfo.InvariantCulture) + " 月" : "全年";
            alerts.Add(new Alert(AlertKind.FlaggedEntry,
                $"{street?.FullName ?? "全区"}{when}{types[flagged.Line.SubsidyTypeId].Name}人次均额 {flagged.Line.AveragePerPersonTime?.ToYuan()} 元超出发放标准：{flagged.Line.FlagComment ?? "未填写说明"}",
                $"/elderly-subsidies?year={y}") { StreetCode = street?.Code, Street = street?.FullName, Month = flagged.Month });
        }

        if (!fundYear.Unallocated.IsZero)
            alerts.Add(new Alert(AlertKind.Unallocated, $"因素法分配资金{(fundYear.CarriedIn.IsZero ? string.Empty : "和上年结转资金")}尚有 {fundYear.Unallocated.ToWanYuan()} 万元未安排到项目。", $"/social-assistance?year={y}"));

        var sorted = alerts.OrderBy(a => a.Kind).ToList();
        return new DashboardView(
            fundYear.Year,
            date,
            fundYear.Statement(figures.Elderly.CountedTotal.Lottery, figures.Spending),
            execution,
            spendingByMonth,
            elderlyByMonth,
            byStreet,
            sorted,
            AlertGroup.Of(sorted, fundYear.Year));
    }

    private static string Percent(decimal share) => (share * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
