using AngleSharp.Dom;
using Bunit;
using Portal.Components.Pages;
using Portal.Domain.ElderlySubsidy;
using Portal.Features.Dashboard;
using Portal.Features.ElderlySubsidy;
using Portal.Features.FundYears;
using Portal.Security;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Dashboard;

/// <summary>The manager dashboard on the seeded year, and its alerts on a year filled month by month.</summary>
public sealed class DashboardTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.SeededAsync();
        await _database.RegisterAsync("manager");
        await _database.RegisterAsync("officer", "xinjiekou");
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task The_2020_dashboard_shows_execution_against_schedule_streets_and_what_needs_action()
    {
        await using var context = PortalPages.Create(_database, "/?year=2020");

        var page = context.Render<Home>();

        page.WaitForAssertion(() => Assert.Equal(10, page.FindAll("[data-testid=execution-row]").Count));
        var first = Cells(page.FindAll("[data-testid=execution-row]")[0]);
        // A closed year is read at its cut-off (2021-02-28): 425 of the cycle's 731 days had passed.
        Assert.Equal(("（一）街道社会救助项目", "750", "428.39", "57.12%", "58.14%"), (first[0], first[1], first[2], first[3], first[4]));
        Assert.Equal(15, page.FindAll("[data-testid=dashboard-street-row]").Count);
        Assert.Equal("50", Cells(page.Find("[data-testid=dashboard-street-row][data-street=xinjiekou]"))[1]);
        var alerts = page.FindAll("[data-testid=alert]").Select(a => (a.GetAttribute("data-kind"), a.TextContent)).ToList();
        Assert.Contains(alerts, a => a.Item1 == nameof(AlertKind.LaggingWithoutReason) && a.TextContent.Contains("（二）新冠肺炎防疫用品救助补助项目", StringComparison.Ordinal));
        Assert.Contains(alerts, a => a.Item1 == nameof(AlertKind.FlaggedEntry) && a.TextContent.Contains("全区全年失能老年人护理补贴人次均额 661.76 元", StringComparison.Ordinal));
        Assert.DoesNotContain(alerts, a => a.Item1 == nameof(AlertKind.OverdueMonth));
        Assert.DoesNotContain(alerts, a => a.Item1 == nameof(AlertKind.LaggingWithoutReason) && a.TextContent.Contains("（三）", StringComparison.Ordinal));
        Assert.Contains("2021-02", page.Find("[data-testid=spending-by-month]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_monthly_year_lists_overdue_and_returned_street_months()
    {
        await using var manager = new ServiceHarness(_database, ServiceHarness.Principal("manager", PortalRoles.Manager));
        await using var officer = new ServiceHarness(_database, ServiceHarness.Principal("officer", PortalRoles.StreetStaff));
        Assert.True((await manager.Get<IFundYearAdminService>().CreateYearAsync(new NewFundYear("2021", "300", "100", "200", "2022-02-28"))).IsSuccess);
        Assert.True((await officer.Get<IMonthlyEntryService>().SubmitAsync(new MonthEntry("xinjiekou", 2021, 1, null, [new LineEntry(SubsidyType.AdvancedAgeCode, "10", "1000", "0", null)]))).IsSuccess);
        var submitted = (await officer.Get<IMonthlyEntryService>().GridAsync("xinjiekou", 2021)).Value!.Months[0];
        Assert.True((await manager.Get<IReviewService>().ReturnAsync(submitted.ReportId!.Value, "请核对人次", submitted.Version!.Value)).IsSuccess);

        var dashboard = (await manager.Get<IDashboardService>().DashboardAsync(2021)).Value!;

        Assert.Contains(dashboard.Alerts, a => a.Kind == AlertKind.ReturnedMonth && a.Text == "新街口街道 1 月已退回，待街道更正。");
        Assert.Equal(15 * 12, dashboard.Alerts.Count(a => a.Kind == AlertKind.OverdueMonth));
        Assert.Equal(12, dashboard.ByStreet.Single(s => s.StreetCode == "xinjiekou").MonthsOverdue);
        // 200 万元 of 2021's own, and the 797.401 万元 2020 carried over.
        Assert.Contains(dashboard.Alerts, a => a.Kind == AlertKind.Unallocated && a.Text == "因素法分配资金和上年结转资金尚有 997.401 万元未安排到项目。");
    }

    [Fact]
    public async Task Beyond_twelve_alerts_the_rest_are_in_the_page_behind_show_all()
    {
        await using var manager = new ServiceHarness(_database, ServiceHarness.Principal("manager", PortalRoles.Manager));
        Assert.True((await manager.Get<IFundYearAdminService>().CreateYearAsync(new NewFundYear("2021", "300", "100", "200", "2022-02-28"))).IsSuccess);
        var total = (await manager.Get<IDashboardService>().DashboardAsync(2021)).Value!.Alerts.Count;
        await using var context = PortalPages.Create(_database, "/?year=2021");

        var page = context.Render<Home>();

        page.WaitForAssertion(() => Assert.Equal(total, page.FindAll("[data-testid=alert]").Count));
        Assert.True(total > 12);
        Assert.Equal(total - 12, page.FindAll("[data-testid=more-alerts] [data-testid=alert]").Count);
        Assert.Equal($"显示全部 {total} 条", page.Find("[data-testid=more-alerts] summary").TextContent.Trim());
    }

    [Fact]
    public async Task The_dashboard_is_refused_to_street_staff()
    {
        await using var officer = new ServiceHarness(_database, ServiceHarness.Principal("officer", PortalRoles.StreetStaff));

        var dashboard = await officer.Get<IDashboardService>().DashboardAsync(2020);
        var home = await officer.Get<IDashboardService>().HomeAsync(2020);

        Assert.Equal(AuthorizationMessages.DistrictOnly, dashboard.Refused);
        Assert.Equal(AuthorizationMessages.DistrictOnly, home.Refused);
        Assert.Null(home.Value);
    }

    private static string[] Cells(IElement row) => row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray();
}
