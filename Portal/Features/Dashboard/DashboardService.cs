using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Domain.SocialAssistance;
using Portal.Features.FundYears;
using Portal.Infrastructure.Data;
using Portal.Security;

namespace Portal.Features.Dashboard;

public sealed class DashboardService(IDbContextFactory<PortalDbContext> contextFactory, DistrictScopeLoader districts, TimeProvider clock) : IDashboardService
{
    public async Task<PageData<DashboardView>> DashboardAsync(int? year, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (scope, refusal) = await districts.LoadAsync<DashboardView>(db, year, "Dashboard", FundYearDetail.Headline, cancellationToken);
        return scope is null ? refusal! : PageData.Of(await BuildAsync(db, scope, asOf, cancellationToken));
    }

    public async Task<PageData<DashboardHome>> HomeAsync(int? year, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (scope, refusal) = await districts.LoadAsync<DashboardHome>(db, year, "Dashboard", FundYearDetail.Headline, cancellationToken);
        if (scope is null)
            return refusal!;
        var overview = await FundYearOverviewService.ReadAsync(db, scope, cancellationToken);
        return PageData.Of(new DashboardHome(overview, await BuildAsync(db, scope, asOf, cancellationToken)));
    }

    private async Task<DashboardView> BuildAsync(PortalDbContext db, DistrictScope scope, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var (district, fundYear) = (scope.District, scope.Year);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var date = asOf ?? today;
        var types = await db.SubsidyTypes.AsNoTracking().IgnoreAutoIncludes().ToDictionaryAsync(t => t.Id, cancellationToken);
        var figures = await DashboardFigures.LoadAsync(db, fundYear.Id, date, fundYear.CutOffDate, cancellationToken);
        var streets = district.Streets.OrderBy(s => s.Order).ToList();
        var projects = fundYear.Projects.OrderBy(p => p.Order).ToList();
        var alerts = new List<Alert>();
        var y = fundYear.Year.ToString(CultureInfo.InvariantCulture);

        var execution = projects.Select(p =>
        {
            var spent = figures.SpentByProject.GetValueOrDefault(p.Id).AsOf;
            var check = ScheduleCheck.Of(p.Allocation, spent, p.Cycle, date);
            var name = ChineseNumber.Parenthesized(p.Order) + p.Name;
            if (check.NeedsReason && p.Lag is null)
                alerts.Add(new Alert(AlertKind.LaggingWithoutReason, $"{name}：执行率 {Percent(check.ExecutionRate)}，序时进度 {Percent(check.ScheduleProgress)}，尚未说明原因。", $"/projects/{p.Id}"));
            return new ExecutionRow(p.Id, name, p.Allocation, spent, check.ExecutionRate, check.ScheduleProgress, check.IsLagging, p.Lag is not null);
        }).ToList();

        var spendingByMonth = figures.SpentByDay
            .GroupBy(d => d.Date.ToString("yyyy-MM", CultureInfo.InvariantCulture))
            .OrderBy(g => g.Key)
            .Select(g => new SpendingMonth(g.Key, Money.Sum(g.Select(d => d.Spent))))
            .ToList();

        var advancedAge = types.Values.Single(t => t.Code == SubsidyType.AdvancedAgeCode).Id;
        var elderlyByMonth = Enumerable.Range(1, 12).Select(month =>
        {
            var sums = figures.ElderlyByMonthAndType.Where(e => e.Month == month).ToList();
            var aa = sums.Where(e => e.SubsidyTypeId == advancedAge).ToList();
            var dc = sums.Where(e => e.SubsidyTypeId != advancedAge).ToList();
            return new ElderlyMonth(month, aa.Sum(e => e.PersonTimes), Money.Sum(aa.Select(e => e.Paid)), dc.Sum(e => e.PersonTimes), Money.Sum(dc.Select(e => e.Paid)));
        }).ToList();

        // A year known only from district-wide yearly totals has no street months to chase.
        var monthly = !figures.Months.Any(r => r.StreetId is null && r.Month is null);
        var monthsByStreet = figures.Months.Where(r => r.StreetId is not null && r.Month is not null).ToLookup(r => r.StreetId!.Value);
        var byStreet = streets.Select(street =>
        {
            var ofStreet = monthsByStreet[street.Id].ToDictionary(r => r.Month!.Value, r => r.Status);
            var overdue = 0;
            for (var month = 1; monthly && month <= 12; month++)
            {
                ReportStatus? status = ofStreet.TryGetValue(month, out var known) ? known : null;
                var due = fundYear.ReportDueDate(month);
                var link = $"/streets/{street.Code}/elderly-subsidies?year={y}&month={month.ToString(CultureInfo.InvariantCulture)}";
                if (status == ReportStatus.Returned)
                    alerts.Add(new Alert(AlertKind.ReturnedMonth, $"{street.FullName} {month} 月已退回，待街道更正。", link));
                if (today > due && status is null or ReportStatus.Draft or ReportStatus.Returned)
                {
                    overdue++;
                    alerts.Add(new Alert(AlertKind.OverdueMonth, $"{street.FullName} {month} 月逾期未提交（截止 {due:yyyy-MM-dd}）。", link));
                }
            }

            var (shares, sharesSpent) = figures.SharesByStreet.GetValueOrDefault(street.Id);
            var elderly = figures.ElderlyByStreet.GetValueOrDefault(street.Id);
            return new StreetRow(
                street.Code,
                street.FullName,
                shares,
                sharesSpent,
                elderly?.PersonTimes ?? 0,
                elderly?.Paid ?? Money.Zero,
                ofStreet.Values.Count(s => s == ReportStatus.Approved),
                overdue);
        }).ToList();

        foreach (var flagged in figures.Flagged)
        {
            var where = flagged.StreetId is { } streetId ? streets.Single(s => s.Id == streetId).FullName : "全区";
            var when = flagged.Month is { } month ? month.ToString(CultureInfo.InvariantCulture) + " 月" : "全年";
            alerts.Add(new Alert(AlertKind.FlaggedEntry,
                $"{where}{when}{types[flagged.Line.SubsidyTypeId].Name}人次均额 {flagged.Line.AveragePerPersonTime?.ToYuan()} 元超出发放标准：{flagged.Line.FlagComment ?? "未填写说明"}",
                $"/elderly-subsidies?year={y}"));
        }

        if (!fundYear.Unallocated.IsZero)
            alerts.Add(new Alert(AlertKind.Unallocated, $"因素法分配资金尚有 {fundYear.Unallocated.ToWanYuan()} 万元未安排到项目。", $"/social-assistance?year={y}"));

        var spentByCutOff = Money.Sum(projects.Select(p => figures.SpentByProject.GetValueOrDefault(p.Id).ByCutOff));
        return new DashboardView(
            fundYear.Year,
            date,
            fundYear.Received,
            fundYear.ElderlyBlock,
            fundYear.FactorBlock,
            fundYear.Allocated,
            spentByCutOff,
            fundYear.Allocated - spentByCutOff,
            fundYear.Unallocated,
            execution,
            spendingByMonth,
            elderlyByMonth,
            byStreet,
            alerts.OrderBy(a => a.Kind).ToList());
    }

    private static string Percent(decimal share) => (share * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
