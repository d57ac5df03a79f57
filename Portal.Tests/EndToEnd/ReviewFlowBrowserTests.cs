using Microsoft.Playwright;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// A street month through review in Debian's Chromium: submitted, returned with a comment, corrected,
/// approved and locked, then counted on the dashboard and in the report; and two pages editing one month.
/// </summary>
public sealed class ReviewFlowBrowserTests
{
    [Fact]
    public async Task A_returned_month_is_corrected_approved_locked_and_counted()
    {
        await using var portal = LoopbackPortal.Start();
        await using var browser = await BrowserSession.StartAsync();
        var manager = await browser.NewUserAsync();
        var officer = await browser.NewUserAsync();

        try
        {
            await PortalSetup.CreateMonthlyYearAsync(portal, manager, 2021);
            await MonthEntryPage.OpenAsync(officer, portal, "staff-xinjiekou", 1);
            await MonthEntryPage.FillLineAsync(officer, "advanced-age", "1,000", "100,000", "0");
            await MonthEntryPage.FillLineAsync(officer, "disability-care", "0", "0", "0");
            await officer.Locator("[data-testid=submit-month]").ClickAsync();
            var status = officer.Locator("[data-testid=entry-month][data-month='1'] [data-testid=month-status]");
            await Assertions.Expect(status).ToHaveTextAsync("已提交");

            await manager.GotoAsync(portal.Url("/elderly-subsidies/review?year=2021"));
            await BrowserSupport.WaitUntilInteractiveAsync(manager);
            var row = manager.Locator("[data-testid=review-row][data-month='1']");
            await row.Locator("[data-testid=return-comment]").FillAsync("人次与系统导出不符，应为 1,200");
            await row.Locator("[data-testid=return]").ClickAsync();
            await Assertions.Expect(manager.Locator("[data-testid=review-row]")).ToHaveCountAsync(0);

            await officer.ReloadAsync();
            await BrowserSupport.WaitUntilInteractiveAsync(officer);
            await Assertions.Expect(status).ToHaveTextAsync("已退回");
            await Assertions.Expect(officer.Locator("[data-testid=review-comment]")).ToContainTextAsync("应为 1,200");
            await MonthEntryPage.FillLineAsync(officer, "advanced-age", "1,200", "120,000", "0");
            await officer.Locator("[data-testid=submit-month]").ClickAsync();
            await Assertions.Expect(status).ToHaveTextAsync("已提交");

            await manager.ReloadAsync();
            await BrowserSupport.WaitUntilInteractiveAsync(manager);
            await manager.Locator("[data-testid=review-row][data-month='1'] [data-testid=approve]").ClickAsync();
            await Assertions.Expect(manager.Locator("[data-testid=review-row]")).ToHaveCountAsync(0);

            await officer.ReloadAsync();
            await Assertions.Expect(status).ToHaveTextAsync("已审核");
            // A locked month is only looked at: its figures as HTML, no inputs and no circuit.
            await Assertions.Expect(officer.Locator("[data-testid=month-figure][data-subsidy=advanced-age]")).ToContainTextAsync("1,200");
            await Assertions.Expect(officer.Locator("[data-testid=submit-month]")).ToHaveCountAsync(0);
            await Assertions.Expect(officer.Locator("[data-testid=interactive]")).ToHaveCountAsync(0);

            await manager.GotoAsync(portal.Url("/elderly-subsidies?year=2021"));
            await Assertions.Expect(manager.Locator("[data-testid=month-row][data-month='1']")).ToContainTextAsync("1,200");
            await manager.GotoAsync(portal.Url("/reports/2021"));
            await Assertions.Expect(manager.Locator("[data-testid=report]")).ToContainTextAsync("发放高龄津贴 1200 人次，资金 12 万元");
        }
        catch
        {
            await BrowserSupport.ScreenshotAsync(manager, "review-flow-manager");
            await BrowserSupport.ScreenshotAsync(officer, "review-flow-officer");
            throw;
        }
    }

    [Fact]
    public async Task Two_pages_saving_the_same_month_never_overwrite_each_other_and_the_second_keeps_its_input()
    {
        await using var portal = LoopbackPortal.Start();
        await using var browser = await BrowserSession.StartAsync();
        var manager = await browser.NewUserAsync();
        var first = await browser.NewUserAsync();
        var second = await browser.NewUserAsync();

        try
        {
            await PortalSetup.CreateMonthlyYearAsync(portal, manager, 2021);
            await MonthEntryPage.OpenAsync(first, portal, "staff-xinjiekou", 2);
            await MonthEntryPage.FillLineAsync(first, "advanced-age", "10", "1,000", "0");
            await MonthEntryPage.FillLineAsync(first, "disability-care", "0", "0", "0");
            await first.Locator("[data-testid=save-draft]").ClickAsync();
            await Assertions.Expect(first.Locator("[data-testid=entry-month][data-month='2'] [data-testid=month-status]")).ToHaveTextAsync("草稿");

            // Both open the saved draft; the first saves again, then the second saves what it typed.
            await MonthEntryPage.OpenAsync(second, portal, "manager", 2);
            await MonthEntryPage.FillLineAsync(first, "advanced-age", "11", "1,100", "0");
            await first.Locator("[data-testid=save-draft]").ClickAsync();
            await Assertions.Expect(first.Locator("[data-testid=entry-month][data-month='2']")).ToContainTextAsync("1,100.00");
            await MonthEntryPage.FillLineAsync(second, "advanced-age", "99", "9,900", "0");
            await second.Locator("[data-testid=save-draft]").ClickAsync();

            await Assertions.Expect(second.Locator("[data-testid=entry-error]")).ToContainTextAsync("已被 新街口街道工作人员（演示） 于");
            await Assertions.Expect(second.Locator("[data-testid=entry-line][data-subsidy=advanced-age] [data-testid=input-person-times]")).ToHaveValueAsync("99");
            await second.ReloadAsync();
            await BrowserSupport.WaitUntilInteractiveAsync(second);
            await Assertions.Expect(second.Locator("[data-testid=entry-month][data-month='2']")).ToContainTextAsync("1,100.00");
        }
        catch
        {
            await BrowserSupport.ScreenshotAsync(second, "concurrent-second");
            throw;
        }
    }

    [Fact]
    public async Task Leaving_a_month_with_unsaved_figures_asks_first()
    {
        await using var portal = LoopbackPortal.Start();
        await using var browser = await BrowserSession.StartAsync();
        var manager = await browser.NewUserAsync();
        var officer = await browser.NewUserAsync();
        await PortalSetup.CreateMonthlyYearAsync(portal, manager, 2021);
        await MonthEntryPage.OpenAsync(officer, portal, "staff-xinjiekou", 3);

        await MonthEntryPage.FillLineAsync(officer, "advanced-age", "10", "1,000", "0");
        await officer.GetByRole(AriaRole.Link, new() { Name = "本街道", Exact = true }).ClickAsync();

        await Assertions.Expect(officer.GetByText("本月填写的内容还没有保存")).ToBeVisibleAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "留在本页" }).ClickAsync();
        Assert.Contains("/elderly-subsidies", officer.Url, StringComparison.Ordinal);
        await Assertions.Expect(officer.Locator("[data-testid=entry-line][data-subsidy=advanced-age] [data-testid=input-person-times]")).ToHaveValueAsync("10");
    }

    [Fact]
    public async Task A_save_renders_the_months_and_history_again_around_the_same_island_and_a_month_link_asks_before_leaving_unsaved_input()
    {
        await using var portal = LoopbackPortal.Start();
        await using var browser = await BrowserSession.StartAsync();
        var manager = await browser.NewUserAsync();
        var officer = await browser.NewUserAsync();
        try
        {
            await PortalSetup.CreateMonthlyYearAsync(portal, manager, 2021);
            await MonthEntryPage.OpenAsync(officer, portal, "staff-xinjiekou", 1);
            await Assertions.Expect(officer.Locator("[data-testid=entity-history]")).ToHaveCountAsync(0);
            // An element of the island marked in the browser: an island built anew would not carry the mark.
            await officer.Locator("[data-testid=save-draft]").EvaluateAsync("b => b.portalKept = true");
            await MonthEntryPage.FillLineAsync(officer, "advanced-age", "10", "1,000", "0");
            await MonthEntryPage.FillLineAsync(officer, "disability-care", "0", "0", "0");
            await officer.Locator("[data-testid=save-draft]").ClickAsync();

            // The static page was rendered again from the database: the month's row, its status line and its history.
            await Assertions.Expect(officer.Locator("[data-testid=entry-month][data-month='1'] [data-testid=month-status]")).ToHaveTextAsync("草稿");
            await Assertions.Expect(officer.Locator("[data-testid=entry-month][data-month='1']")).ToContainTextAsync("1,000.00");
            await Assertions.Expect(officer.Locator("[data-testid=month-editor] h2")).ToContainTextAsync("1 月 · 草稿");
            await Assertions.Expect(officer.Locator("[data-testid=entity-history]")).ToHaveCountAsync(1);
            // The island is the same one, with its message and its figures.
            await Assertions.Expect(officer.GetByText("1 月草稿已保存。")).ToBeVisibleAsync();
            Assert.True(await officer.Locator("[data-testid=save-draft]").EvaluateAsync<bool>("b => b.portalKept === true"));
            await Assertions.Expect(officer.Locator("[data-testid=entry-line][data-subsidy=advanced-age] [data-testid=input-lottery]")).ToHaveValueAsync("1,000.00");
            await BrowserSupport.ScreenshotAsync(officer, "entry-saved-refreshed");

            // Another month's link, with input unsaved: asked first; staying keeps the input, leaving opens that month.
            await officer.Locator("[data-testid=entry-line][data-subsidy=advanced-age] [data-testid=input-lottery]").FillAsync("2,000");
            var february = officer.Locator("[data-testid=entry-month][data-month='2'] [data-testid=open-month]");
            await february.ClickAsync();
            await Assertions.Expect(officer.GetByText("本月填写的内容还没有保存")).ToBeVisibleAsync();
            await officer.GetByRole(AriaRole.Button, new() { Name = "留在本页" }).ClickAsync();
            Assert.EndsWith("month=1", officer.Url, StringComparison.Ordinal);
            await Assertions.Expect(officer.Locator("[data-testid=entry-line][data-subsidy=advanced-age] [data-testid=input-lottery]")).ToHaveValueAsync("2,000");
            await february.ClickAsync();
            await officer.GetByRole(AriaRole.Button, new() { Name = "离开" }).ClickAsync();
            await officer.WaitForURLAsync("**month=2");
            await Assertions.Expect(officer.Locator("[data-testid=month-editor] h2")).ToContainTextAsync("2 月 · 未填报");
            await Assertions.Expect(officer.Locator("[data-testid=entry-line][data-subsidy=advanced-age] [data-testid=input-lottery]")).ToHaveValueAsync("");
            await Assertions.Expect(officer.Locator("[data-testid=entry-month][data-month='2']")).ToHaveClassAsync("selected-row");
            foreach (var (width, height) in new[] { (1440, 900), (390, 844) })
            {
                await officer.SetViewportSizeAsync(width, height);
                await BrowserSupport.ScreenshotAsync(officer, $"entry-month-{width}");
            }
        }
        catch
        {
            await BrowserSupport.ScreenshotAsync(officer, "entry-refresh-failure");
            throw;
        }
    }
}
