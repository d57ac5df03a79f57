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
        var (scope, refusal) = await districts.LoadAsync<DashboardView>(db, year, "Dashboard", cancellationToken);
        if (scope is null)
            return refusal!;
        var (district, fundYear) = (scope.District, scope.Year);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var date = asOf ?? today;
        var types = await db.SubsidyTypes.AsNoTracking().ToDictionaryAsync(t => t.Id, cancellationToken);
        var reports = await db.SubsidyReports.AsNoTracking().Where(r => r.FundYearId == fundYear.Id).ToListAsync(cancellationToken);
        var counted = reports.Where(r => r.Status is ReportStatus.Submitted or ReportStatus.Approved).ToList();
        var streets = district.Streets.OrderBy(s => s.Order).ToList();
        var projects = fundYear.Projects.OrderBy(p => p.Order).ToList();
        var alerts = new List<Alert>();
        var y = fundYear.Year.ToString(CultureInfo.InvariantCulture);

        var execution = projects.Select(p =>
        {
            var budget = p.Budget(date);
            var check = ScheduleCheck.Of(budget, p.Cycle, date);
            var name = ChineseNumber.Parenthesized(p.Order) + p.Name;
            if (check.NeedsReason && p.Lag is null)
                alerts.Add(new Alert(AlertKind.LaggingWithoutReason, $"{name}：执行率 {Percent(check.ExecutionRate)}，序时进度 {Percent(check.ScheduleProgress)}，尚未说明原因。", $"/projects/{p.Id}"));
            return new ExecutionRow(p.Id, name, budget.Allocation, budget.SpentInTotal, check.ExecutionRate, check.ScheduleProgress, check.IsLagging, p.Lag is not null);
        }).ToList();

        var spendingByMonth = projects.SelectMany(p => p.Spendings)
            .GroupBy(s => s.Date.ToString("yyyy-MM", CultureInfo.InvariantCulture))
            .OrderBy(g => g.Key)
            .Select(g => new SpendingMonth(g.Key, Money.Sum(g.Select(s => s.Amount))))
            .ToList();

        var advancedAge = types.Values.Single(t => t.Code == SubsidyType.AdvancedAgeCode).Id;
        var elderlyByMonth = Enumerable.Range(1, 12).Select(month =>
        {
            var lines = counted.Where(r => r.Month == month).SelectMany(r => r.Lines).ToList();
            var aa = lines.Where(l => l.SubsidyTypeId == advancedAge).ToList();
            var dc = lines.Where(l => l.SubsidyTypeId != advancedAge).ToList();
            return new ElderlyMonth(month, aa.Sum(l => l.PersonTimes), Money.Sum(aa.Select(l => l.Total)), dc.Sum(l => l.PersonTimes), Money.Sum(dc.Select(l => l.Total)));
        }).ToList();

        // A year known only from district-wide yearly totals has no street months to chase.
        var monthly = !reports.Any(r => r.StreetId is null && r.Month is null);
        var byStreet = streets.Select(street =>
        {
            var shares = projects.SelectMany(p => p.Shares.Where(s => s.StreetId == street.Id).Select(s => (Project: p, Share: s))).ToList();
            var ofStreet = reports.Where(r => r.StreetId == street.Id && r.Month is not null).ToDictionary(r => r.Month!.Value);
            var overdue = 0;
            for (var month = 1; monthly && month <= 12; month++)
            {
                var report = ofStreet.GetValueOrDefault(month);
                var due = fundYear.ReportDueDate(month);
                var link = $"/streets/{street.Code}/elderly-subsidies?year={y}&month={month.ToString(CultureInfo.InvariantCulture)}";
                if (report?.Status == ReportStatus.Returned)
                    alerts.Add(new Alert(AlertKind.ReturnedMonth, $"{street.FullName} {month} 月已退回，待街道更正。", link));
                if (today > due && report?.Status is null or ReportStatus.Draft or ReportStatus.Returned)
                {
                    overdue++;
                    alerts.Add(new Alert(AlertKind.OverdueMonth, $"{street.FullName} {month} 月逾期未提交（截止 {due:yyyy-MM-dd}）。", link));
                }
            }

            var lines = counted.Where(r => r.StreetId == street.Id).SelectMany(r => r.Lines).ToList();
            return new StreetRow(
                street.Code,
                street.FullName,
                Money.Sum(shares.Select(s => s.Share.Amount)),
                Money.Sum(shares.Select(s => s.Project.ShareBudget(s.Share.Id).SpentInTotal)),
                lines.Sum(l => l.PersonTimes),
                Money.Sum(lines.Select(l => l.Total)),
                ofStreet.Values.Count(r => r.Status == ReportStatus.Approved),
                overdue);
        }).ToList();

        foreach (var report in reports.Where(r => r.Lines.Any(l => l.RateFlag)))
        {
            var where = report.StreetId is { } streetId ? streets.Single(s => s.Id == streetId).FullName : "全区";
            var when = report.Month is { } month ? month.ToString(CultureInfo.InvariantCulture) + " 月" : "全年";
            foreach (var line in report.Lines.Where(l => l.RateFlag))
            {
                alerts.Add(new Alert(AlertKind.FlaggedEntry,
                    $"{where}{when}{types[line.SubsidyTypeId].Name}人次均额 {line.AveragePerPersonTime?.ToYuan()} 元超出发放标准：{line.FlagComment ?? "未填写说明"}",
                    $"/elderly-subsidies?year={y}"));
            }
        }

        if (!fundYear.Unallocated.IsZero)
            alerts.Add(new Alert(AlertKind.Unallocated, $"因素法分配资金尚有 {fundYear.Unallocated.ToWanYuan()} 万元未安排到项目。", $"/social-assistance?year={y}"));

        var budgets = projects.Select(p => p.Budget(fundYear.CutOffDate)).ToList();
        return PageData.Of(new DashboardView(
            fundYear.Year,
            date,
            fundYear.Received,
            fundYear.ElderlyBlock,
            fundYear.FactorBlock,
            fundYear.Allocated,
            Money.Sum(budgets.Select(b => b.SpentInTotal)),
            Money.Sum(budgets.Select(b => b.Balance)),
            fundYear.Unallocated,
            execution,
            spendingByMonth,
            elderlyByMonth,
            byStreet,
            alerts.OrderBy(a => a.Kind).ToList()));
    }

    private static string Percent(decimal share) => (share * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
