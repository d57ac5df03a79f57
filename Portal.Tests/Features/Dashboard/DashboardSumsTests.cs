using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Domain.SocialAssistance;
using Portal.Features.Dashboard;
using Portal.Features.FundYears;
using Portal.Infrastructure.Data;
using Portal.Security;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Dashboard;

/// <summary>
/// The dashboard adds its sums up in the database; here every one of them is checked against the same sum
/// taken from the whole aggregate in memory, on a year with spending on projects, subprojects and street
/// shares on several dates, and on a year filled month by month.
/// </summary>
public abstract class DashboardSumsTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.SeededAsync(provider);
        await _database.RegisterAsync("manager");
        await using var db = _database.CreateDbContext();
        db.Actor = "test";
        var year = await db.FundYears.SingleAsync(y => y.Year == 2020);
        foreach (var project in year.Projects.Where(p => p.Shares.Count > 0))
        {
            foreach (var (share, i) in project.Shares.Select((s, i) => (s, i)))
                Assert.True(project.RecordSpending(SpendingTarget.Share(share), new DateOnly(2020, 1 + (i % 12), 10 + i), Money.FromFen(1_234 + i), null, year.SpendingWindow).IsSuccess);
        }

        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Theory]
    [InlineData("2020-03-31")]
    [InlineData("2020-09-15")]
    [InlineData("2020-12-31")]
    [InlineData("2021-02-28")]
    public async Task Every_dashboard_sum_equals_the_sum_over_the_whole_aggregate(string asOf)
    {
        var date = DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture);
        await using var manager = new ServiceHarness(_database, ServiceHarness.Principal("manager", PortalRoles.Manager));

        var view = (await manager.Get<DashboardService>().DashboardAsync(2020, date)).Value!;

        await using var db = _database.CreateDbContext();
        var year = await db.FundYears.AsNoTracking().SingleAsync(y => y.Year == 2020);
        var district = await db.Districts.AsNoTracking().SingleAsync();
        var reports = await db.SubsidyReports.AsNoTracking().Where(r => r.FundYearId == year.Id).ToListAsync();
        var counted = reports.Where(r => r.Status is ReportStatus.Submitted or ReportStatus.Approved).ToList();
        var projects = year.Projects.OrderBy(p => p.Order).ToList();

        Assert.Equal(projects.Select(p => year.LedgerOf(p).SpentBy(date)), view.Execution.Select(e => e.Spent));
        Assert.Equal(projects.Select(p => year.LedgerOf(p).At(date).ExecutionRate), view.Execution.Select(e => e.ExecutionRate));
        Assert.Equal(Money.Sum(projects.Select(p => year.LedgerOf(p).SpentBy(year.CutOffDate))), view.Money.ProjectSpent);
        Assert.Equal(Money.Sum(projects.Select(p => year.LedgerOf(p).At(year.CutOffDate).CarryOver)), view.Money.ProjectCarryOver);
        Assert.Equal(
            projects.SelectMany(p => p.Spendings).GroupBy(s => s.Date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)).OrderBy(g => g.Key).Select(g => (g.Key, Money.Sum(g.Select(s => s.Amount)))),
            view.SpendingByMonth.Select(m => (m.Month, m.Spent)));
        foreach (var street in district.Streets)
        {
            var row = view.ByStreet.Single(r => r.StreetCode == street.Code);
            var shares = projects.SelectMany(p => p.Shares.Where(s => s.StreetId == street.Id).Select(s => (Project: p, Share: s))).ToList();
            Assert.Equal(Money.Sum(shares.Select(s => s.Share.Amount)), row.Shares);
            Assert.Equal(Money.Sum(shares.Select(s => s.Project.ShareLedger(s.Share.Id).SpentBy(date))), row.SharesSpent);
            var lines = counted.Where(r => r.StreetId == street.Id).SelectMany(r => r.Lines).ToList();
            Assert.Equal(lines.Sum(l => l.PersonTimes), row.ElderlyPersonTimes);
            Assert.Equal(Money.Sum(lines.Select(l => l.Total)), row.ElderlyPaid);
        }

        Assert.Contains(view.ByStreet, r => !r.SharesSpent.IsZero);

        var overview = (await manager.Get<FundYearOverviewService>().OverviewAsync(2020)).Value!;
        Assert.Equal(view.Money, overview.Money);
        Assert.Equal(Money.Sum(counted.SelectMany(r => r.Lines).Select(l => l.Lottery)), overview.Elderly.Lottery);
        Assert.Equal(Money.Sum(counted.SelectMany(r => r.Lines).Select(l => l.Matching)), overview.Elderly.Matching);
        Assert.Equal(counted.SelectMany(r => r.Lines).Sum(l => l.PersonTimes), overview.Elderly.PersonTimes);
        Assert.Equal(reports.SelectMany(r => r.Lines).Count(l => l.RateFlag), view.Alerts.Count(a => a.Kind == AlertKind.FlaggedEntry));
    }

    [Fact]
    public async Task The_home_page_shows_the_same_overview_and_dashboard_as_each_read_alone()
    {
        var date = new DateOnly(2020, 9, 15);
        await using var manager = new ServiceHarness(_database, ServiceHarness.Principal("manager", PortalRoles.Manager));

        var home = (await manager.Get<DashboardService>().HomeAsync(2020, date)).Value!;

        Assert.Equal((await manager.Get<FundYearOverviewService>().OverviewAsync(2020)).Value, home.Overview);
        Assert.Equal(
            System.Text.Json.JsonSerializer.Serialize((await manager.Get<DashboardService>().DashboardAsync(2020, date)).Value),
            System.Text.Json.JsonSerializer.Serialize(home.Dashboard));
        Assert.NotEmpty(home.Dashboard.Execution);
        Assert.NotEqual(Money.Zero, home.Overview.Money.Spent);
    }
}

public sealed class DashboardSumsTestsOnSqlite() : DashboardSumsTests(DatabaseProvider.Sqlite);

public sealed class DashboardSumsTestsOnPostgres() : DashboardSumsTests(DatabaseProvider.Postgres);
