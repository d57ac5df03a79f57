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
        Assert.True((await manager.Get<FundYearAdminService>().CreateYearAsync(new NewFundYear("2021", "300", "100", "200", "2022-02-28"))).IsSuccess);
        Assert.True((await officer.Get<MonthlyEntryService>().SubmitAsync(new MonthEntry("xinjiekou", 2021, 1, null, [new LineEntry(SubsidyType.AdvancedAgeCode, "10", "1000", "0", null)]))).IsSuccess);
        var submitted = (await officer.Get<MonthlyEntryService>().GridAsync("xinjiekou", 2021)).Value!.Months[0];
        Assert.True((await manager.Get<ReviewService>().ReturnAsync(submitted.ReportId!.Value, "请核对人次", submitted.Version!.Value)).IsSuccess);

        var dashboard = (await manager.Get<DashboardService>().DashboardAsync(2021)).Value!;

        Assert.Contains(dashboard.Alerts, a => a.Kind == AlertKind.ReturnedMonth && a.Text == "新街口街道 1 月已退回，待街道更正。");
        Assert.Equal(15 * 12, dashboard.Alerts.Count(a => a.Kind == AlertKind.OverdueMonth));
        Assert.Equal(12, dashboard.ByStreet.Single(s => s.StreetCode == "xinjiekou").MonthsOverdue);
        // 200 万元 of 2021's own, and the 797.401 万元 2020 carried over.
        Assert.Contains(dashboard.Alerts, a => a.Kind == AlertKind.Unallocated && a.Text == "因素法分配资金和上年结转资金尚有 997.401 万元未安排到项目。");
    }

    [Fact]
    public async Task A_streets_overdue_months_are_one_line_with_their_count_and_months()
    {
        await using var manager = new ServiceHarness(_database, ServiceHarness.Principal("manager", PortalRoles.Manager));
        await using var officer = new ServiceHarness(_database, ServiceHarness.Principal("officer", PortalRoles.StreetStaff));
        Assert.True((await manager.Get<FundYearAdminService>().CreateYearAsync(new NewFundYear("2021", "300", "100", "200", "2022-02-28"))).IsSuccess);
        Assert.True((await officer.Get<MonthlyEntryService>().SubmitAsync(new MonthEntry("xinjiekou", 2021, 2, null, [new LineEntry(SubsidyType.AdvancedAgeCode, "10", "1000", "0", null)]))).IsSuccess);
        var dashboard = (await manager.Get<DashboardService>().DashboardAsync(2021)).Value!;
        await using var context = PortalPages.Create(_database, "/?year=2021");

        var page = context.Render<Home>();

        page.WaitForAssertion(() => Assert.Equal(dashboard.AlertGroups.Count, page.FindAll("[data-testid=alert]").Count));
        var overdue = page.FindAll($"[data-testid=alert][data-kind={nameof(AlertKind.OverdueMonth)}]");
        Assert.Equal(15, overdue.Count);
        Assert.Equal(15 * 12 - 1, overdue.Sum(a => int.Parse(a.GetAttribute("data-count")!, System.Globalization.CultureInfo.InvariantCulture)));
        var xinjiekou = page.Find($"[data-testid=alert][data-kind={nameof(AlertKind.OverdueMonth)}][data-street=xinjiekou]");
        Assert.Contains("新街口街道：逾期 11 个月（1、3–12 月）", xinjiekou.TextContent, StringComparison.Ordinal);
        Assert.Equal("/streets/xinjiekou/elderly-subsidies?year=2021&month=1", xinjiekou.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(11, xinjiekou.QuerySelectorAll("[data-testid=alert-months] li").Length);
        Assert.Contains($"需要处理的事项（{dashboard.AlertGroups.Count} 项，共 {dashboard.Alerts.Count} 条）", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_streets_returned_months_link_to_its_returned_list_in_the_review_queue()
    {
        var alerts = new List<Alert>
        {
            new(AlertKind.ReturnedMonth, "新街口街道 3 月已退回，待街道更正。", "/streets/xinjiekou/elderly-subsidies?year=2021&month=3") { StreetCode = "xinjiekou", Street = "新街口街道", Month = 3 },
            new(AlertKind.ReturnedMonth, "新街口街道 1 月已退回，待街道更正。", "/streets/xinjiekou/elderly-subsidies?year=2021&month=1") { StreetCode = "xinjiekou", Street = "新街口街道", Month = 1 },
            new(AlertKind.ReturnedMonth, "德胜街道 1 月已退回，待街道更正。", "/streets/desheng/elderly-subsidies?year=2021&month=1") { StreetCode = "desheng", Street = "德胜街道", Month = 1 },
            new(AlertKind.Unallocated, "因素法分配资金尚有 1 万元未安排到项目。", "/social-assistance?year=2021"),
        };

        var groups = AlertGroup.Of(alerts, 2021);

        Assert.Equal(3, groups.Count);
        Assert.Equal("新街口街道：已退回 2 个月（1、3 月），待街道更正", groups[0].Text);
        Assert.Equal("/elderly-subsidies/review?year=2021&street=xinjiekou&status=returned", groups[0].Link);
        Assert.Equal("德胜街道：已退回 1 个月（1 月），待街道更正", groups[1].Text);
        Assert.Equal(("因素法分配资金尚有 1 万元未安排到项目。", "/social-assistance?year=2021", 1), (groups[2].Text, groups[2].Link, groups[2].Count));
    }

    [Theory]
    [InlineData(new[] { 1 }, "1 月")]
    [InlineData(new[] { 3, 1, 2 }, "1–3 月")]
    [InlineData(new[] { 1, 2, 4, 6, 7, 12 }, "1–2、4、6–7、12 月")]
    public void Months_are_written_as_runs(int[] months, string expected) => Assert.Equal(expected, AlertGroup.MonthRuns(months));

    [Fact]
    public async Task Beyond_twelve_alert_lines_the_rest_are_in_the_page_behind_show_all()
    {
        await using var manager = new ServiceHarness(_database, ServiceHarness.Principal("manager", PortalRoles.Manager));
        Assert.True((await manager.Get<FundYearAdminService>().CreateYearAsync(new NewFundYear("2021", "300", "100", "200", "2022-02-28"))).IsSuccess);
        var total = (await manager.Get<DashboardService>().DashboardAsync(2021)).Value!.AlertGroups.Count;
        await using var context = PortalPages.Create(_database, "/?year=2021");

        var page = context.Render<Home>();

        page.WaitForAssertion(() => Assert.Equal(total, page.FindAll("[data-testid=alert]").Count));
        Assert.True(total > 12);
        Assert.Equal(total - 12, page.FindAll("[data-testid=more-alerts] [data-testid=alert]").Count);
        Assert.Equal($"显示全部 {total} 项", page.Find("[data-testid=more-alerts] summary").TextContent.Trim());
    }

    [Fact]
    public async Task The_dashboard_is_refused_to_street_staff()
    {
        await using var officer = new ServiceHarness(_database, ServiceHarness.Principal("officer", PortalRoles.StreetStaff));

        var dashboard = await officer.Get<DashboardService>().DashboardAsync(2020);
        var home = await officer.Get<DashboardService>().HomeAsync(2020);

        Assert.Equal(AuthorizationMessages.DistrictOnly, dashboard.Refused);
        Assert.Equal(AuthorizationMessages.DistrictOnly, home.Refused);
        Assert.Null(home.Value);
    }

    private static string[] Cells(IElement row) => row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray();
}
