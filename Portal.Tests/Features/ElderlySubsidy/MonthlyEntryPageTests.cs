using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Portal.Components.Pages.ElderlySubsidy;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Features.ElderlySubsidy;
using Portal.Features.FundYears;
using Portal.Security;
using Portal.Tests.Support;

namespace Portal.Tests.Features.ElderlySubsidy;

/// <summary>The entry grid as an officer uses it: typing, warnings, and refusals that keep what was typed.</summary>
public sealed class MonthlyEntryPageTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.SeededAsync();
        await _database.RegisterAsync("manager");
        await _database.RegisterAsync("officer", "xinjiekou");
        await using var manager = new ServiceHarness(_database, ServiceHarness.Principal("manager", PortalRoles.Manager));
        Assert.True((await manager.Get<FundYearAdminService>().CreateYearAsync(new NewFundYear("2021", "10160", "9960", "200", "2022-02-28"))).IsSuccess);
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Refused_input_shows_the_reason_next_to_the_field_and_keeps_what_was_typed()
    {
        await using var context = PortalPages.Create(_database, "/streets/xinjiekou/elderly-subsidies?year=2021&month=1", "officer", PortalRoles.StreetStaff).WithIslands();
        var page = RenderPage(context, "xinjiekou");
        page.WaitForElement("[data-testid=month-editor]");
        // A month only looked at holds no dialog, popover or snackbar provider; the first input brings them.
        Assert.Empty(page.FindAll(".mud-popover-provider"));

        Input(page, SubsidyType.AdvancedAgeCode, "input-person-times").Change("１２.５");
        Assert.NotEmpty(page.FindAll(".mud-popover-provider"));
        Input(page, SubsidyType.AdvancedAgeCode, "input-lottery").Input("1,234.567");
        Input(page, SubsidyType.AdvancedAgeCode, "input-matching").Input("0");
        page.Find("[data-testid=save-draft]").Click();

        page.WaitForAssertion(() => Assert.Contains("人次须为整数", Line(page, SubsidyType.AdvancedAgeCode).TextContent, StringComparison.Ordinal));
        Assert.Contains("最多保留两位小数", Line(page, SubsidyType.AdvancedAgeCode).TextContent, StringComparison.Ordinal);
        Assert.Contains("请更正标出的内容", page.Find("[data-testid=entry-error]").TextContent, StringComparison.Ordinal);
        Assert.Equal("１２.５", Input(page, SubsidyType.AdvancedAgeCode, "input-person-times").GetAttribute("value"));
        Assert.Equal("1,234.567", Input(page, SubsidyType.AdvancedAgeCode, "input-lottery").GetAttribute("value"));
        Assert.Contains("未填报", page.Find("[data-testid=entry-month][data-month='1'] [data-testid=month-status]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Full_width_digits_and_separators_save_and_a_flagged_amount_asks_for_a_comment_before_submit()
    {
        await using var context = PortalPages.Create(_database, "/streets/xinjiekou/elderly-subsidies?year=2021&month=1", "officer", PortalRoles.StreetStaff).WithIslands();
        var page = RenderPage(context, "xinjiekou");
        page.WaitForElement("[data-testid=month-editor]");

        // 10 person-times and 9,000 yuan: 900 a person-time, above the highest advanced-age rate.
        Input(page, SubsidyType.AdvancedAgeCode, "input-person-times").Change("１０");
        Input(page, SubsidyType.AdvancedAgeCode, "input-lottery").Input("９,０００．００");
        Input(page, SubsidyType.AdvancedAgeCode, "input-matching").Input("0");
        Input(page, SubsidyType.DisabilityCareCode, "input-person-times").Change("0");
        Input(page, SubsidyType.DisabilityCareCode, "input-lottery").Input("0");
        Input(page, SubsidyType.DisabilityCareCode, "input-matching").Input("0");
        page.Find("[data-testid=save-draft]").Click();

        // The island saved and refreshed the page: the static month table, the month's status and its history are read again.
        page.WaitForAssertion(() => Assert.Contains("草稿", page.Find("[data-testid=entry-month][data-month='1'] [data-testid=month-status]").TextContent, StringComparison.Ordinal));
        Assert.Contains("1 月 · 草稿", page.Find("[data-testid=month-editor] h2").TextContent, StringComparison.Ordinal);
        Assert.Equal("details", page.Find("[data-testid=entity-history]").LocalName);
        Assert.Contains("人次均额 900.00 元", page.Find("[data-testid=rate-warning]").TextContent, StringComparison.Ordinal);

        page.Find("[data-testid=submit-month]").Click();
        page.WaitForAssertion(() => Assert.Contains(SubsidyMessages.FlagNeedsComment, Line(page, SubsidyType.AdvancedAgeCode).TextContent, StringComparison.Ordinal));
        Assert.Contains("草稿", page.Find("[data-testid=entry-month][data-month='1'] [data-testid=month-status]").TextContent, StringComparison.Ordinal);

        Input(page, SubsidyType.AdvancedAgeCode, "input-comment").Change("补发 2020 年 12 月");
        page.Find("[data-testid=submit-month]").Click();
        page.WaitForAssertion(() => Assert.Contains("已提交", page.Find("[data-testid=entry-month][data-month='1'] [data-testid=month-status]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=submit-month]"));
    }

    [Fact]
    public async Task Another_street_s_months_are_refused_to_an_officer()
    {
        await using var context = PortalPages.Create(_database, "/streets/desheng/elderly-subsidies?year=2021", "officer", PortalRoles.StreetStaff).WithIslands();
        var page = RenderPage(context, "desheng");

        page.WaitForAssertion(() => Assert.Contains(AuthorizationMessages.OtherStreet, page.Find("[data-testid=no-access]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=entry-months]"));
    }

    [Fact]
    public async Task A_year_kept_as_yearly_totals_says_so_and_offers_no_month_to_file()
    {
        await using var context = PortalPages.Create(_database, "/streets/xinjiekou/elderly-subsidies?year=2020", "officer", PortalRoles.StreetStaff).WithIslands();
        var page = RenderPage(context, "xinjiekou");

        page.WaitForAssertion(() => Assert.Contains("无需按月填报", page.Find("[data-testid=annual-summary-year]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=entry-months]"));
        Assert.Empty(page.FindAll("[data-testid=open-month]"));
    }

    [Fact]
    public async Task A_manager_on_an_approved_month_is_shown_the_unlock_not_told_to_ask_the_bureau()
    {
        await using (var officer = new ServiceHarness(_database, ServiceHarness.Principal("officer", PortalRoles.StreetStaff)))
        {
            // One person-time each, paid within both subsidies' rates.
            var lines = new[] { SubsidyType.AdvancedAgeCode, SubsidyType.DisabilityCareCode }.Select(code => new LineEntry(code, "1", "300", "0", null)).ToList();
            Assert.True((await officer.Get<MonthlyEntryService>().SubmitAsync(new MonthEntry("xinjiekou", 2021, 1, null, lines))).IsSuccess);
        }

        await using (var manager = new ServiceHarness(_database, ServiceHarness.Principal("manager", PortalRoles.Manager)))
        {
            var month = (await manager.Get<MonthlyEntryService>().GridAsync("xinjiekou", 2021)).Value!.Months[0];
            Assert.True((await manager.Get<ReviewService>().ApproveAsync(month.ReportId!.Value, month.Version!.Value)).IsSuccess);
        }

        await using var context = PortalPages.Create(_database, "/streets/xinjiekou/elderly-subsidies?year=2021&month=1", "manager", PortalRoles.Manager).WithIslands();
        var page = RenderPage(context, "xinjiekou");

        page.WaitForAssertion(() => Assert.Contains("解锁", page.Find("[data-testid=month-locked]").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("联系区民政局", page.Find("[data-testid=month-locked]").TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.FindAll("[data-testid=unlock-month]"));
    }

    [Fact]
    public async Task A_submitted_month_is_shown_to_its_officer_as_figures_without_an_island()
    {
        await using (var officer = new ServiceHarness(_database, ServiceHarness.Principal("officer", PortalRoles.StreetStaff)))
        {
            var lines = new[] { SubsidyType.AdvancedAgeCode, SubsidyType.DisabilityCareCode }.Select(code => new LineEntry(code, "1,200", "360,000.5", "1", null)).ToList();
            Assert.True((await officer.Get<MonthlyEntryService>().SubmitAsync(new MonthEntry("xinjiekou", 2021, 1, null, lines))).IsSuccess);
        }

        await using var context = PortalPages.Create(_database, "/streets/xinjiekou/elderly-subsidies?year=2021&month=1", "officer", PortalRoles.StreetStaff).WithIslands();
        var page = RenderPage(context, "xinjiekou");

        var advanced = page.WaitForElement($"[data-testid=month-figure][data-subsidy={SubsidyType.AdvancedAgeCode}]");
        Assert.Equal(["1,200", "360,000.50", "1.00", "36.00015"], advanced.QuerySelectorAll("td.num").Select(c => c.TextContent.Trim()));
        Assert.Contains("查看", page.Find("[data-testid=entry-month][data-month='1'] [data-testid=open-month]").TextContent, StringComparison.Ordinal);
        Assert.Contains("等待区民政局审核", page.Find("[data-testid=month-submitted]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=month-editor] input, [data-testid=month-editor] textarea"));
        Assert.Empty(page.FindAll("[data-testid=interactive]"));
    }

    [Fact]
    public async Task The_months_are_links_to_their_address_and_a_year_without_a_month_chosen_has_no_island()
    {
        await using var context = PortalPages.Create(_database, "/streets/xinjiekou/elderly-subsidies?year=2021", "officer", PortalRoles.StreetStaff).WithIslands();
        var page = RenderPage(context, "xinjiekou");

        var january = page.WaitForElement("[data-testid=entry-month][data-month='1'] [data-testid=open-month]");
        Assert.Equal("a", january.LocalName);
        Assert.Equal("/streets/xinjiekou/elderly-subsidies?year=2021&month=1", january.GetAttribute("href"));
        Assert.Contains("填报", january.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=month-editor]"));
        Assert.Empty(page.FindAll("[data-testid=interactive]"));
    }

    /// <summary>
    /// The static page as enhanced navigation serves it: the island's refresh after a save renders the page
    /// again from the database, and the island, handed the same month, keeps what it holds.
    /// </summary>
    private static IRenderedComponent<MonthlyEntry> RenderPage(BunitContext context, string street)
    {
        var page = context.Render<MonthlyEntry>(p => p.Add(x => x.StreetCode, street));
        context.Services.GetRequiredService<NavigationManager>().LocationChanged += (_, _) => page.Render();
        return page;
    }

    private static IElement Line(IRenderedComponent<MonthlyEntry> page, string subsidy) =>
        page.Find($"[data-testid=entry-line][data-subsidy='{subsidy}']");

    /// <summary>The input element of a field, whether the test id sits on it or on its wrapper.</summary>
    private static IElement Input(IRenderedComponent<MonthlyEntry> page, string subsidy, string testId)
    {
        var element = Line(page, subsidy).QuerySelector($"[data-testid={testId}]")
            ?? throw new InvalidOperationException($"No {testId} for {subsidy}");
        return element.LocalName is "input" or "textarea" ? element : element.QuerySelector("input, textarea")!;
    }
}
