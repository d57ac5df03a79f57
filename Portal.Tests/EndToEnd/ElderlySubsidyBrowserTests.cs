using Microsoft.Playwright;

namespace Portal.Tests.EndToEnd;

/// <summary>A new year set up by a manager and filled monthly by a street officer, in Debian's Chromium.</summary>
public sealed class ElderlySubsidyBrowserTests
{
    [Fact]
    public async Task A_manager_creates_2021_an_officer_submits_january_and_the_approved_month_shows_on_the_dashboard()
    {
        await using var portal = LoopbackPortal.Start();
        await using var browser = await BrowserSession.StartAsync();
        var manager = await browser.NewUserAsync();
        var officer = await browser.NewUserAsync();

        try
        {
            await manager.GotoAsync(portal.Url("/dev/login?user=manager&returnUrl=/fund-years/new"));
            await BrowserSupport.WaitUntilInteractiveAsync(manager);
            await manager.Locator("[data-testid=input-year]").FillAsync("2021");
            await manager.Locator("[data-testid=input-received]").FillAsync("10,160");
            await manager.Locator("[data-testid=input-elderly]").FillAsync("9960");
            await manager.Locator("[data-testid=input-factor]").FillAsync("２００");
            await manager.Locator("[data-testid=input-cutoff]").FillAsync("2022-02-28");
            await manager.Locator("[data-testid=create-year]").ClickAsync();
            await manager.WaitForURLAsync("**/?year=2021");
            await Assertions.Expect(manager.Locator("h1")).ToContainTextAsync("2021 年福彩公益金总览");
            await Assertions.Expect(manager.Locator("[data-testid=received] .money")).ToHaveTextAsync("10,160");

            await officer.GotoAsync(portal.Url("/dev/login?user=staff-xinjiekou&returnUrl=" + Uri.EscapeDataString("/streets/xinjiekou/elderly-subsidies?year=2021&month=1")));
            await BrowserSupport.WaitUntilInteractiveAsync(officer);
            await MonthEntryPage.FillLineAsync(officer, "advanced-age", "1,200", "120,000.00", "30,000");
            await MonthEntryPage.FillLineAsync(officer, "disability-care", "300", "60,000", "0");
            await officer.Locator("[data-testid=submit-month]").ClickAsync();
            var january = officer.Locator("[data-testid=entry-month][data-month='1'] [data-testid=month-status]");
            await Assertions.Expect(january).ToHaveTextAsync("已提交");
            await BrowserSupport.ScreenshotAsync(officer, "entry-submitted");
            await BrowserSupport.AssertAccessibleAsync(officer, "entry-submitted");
            await officer.SetViewportSizeAsync(390, 844);
            await BrowserSupport.ScreenshotAsync(officer, "entry-submitted-390");
            Assert.True(await BrowserSupport.FitsWidthAsync(officer), "the submitted month overflows at 390 px");

            await manager.GotoAsync(portal.Url("/elderly-subsidies/review?year=2021"));
            await BrowserSupport.WaitUntilInteractiveAsync(manager);
            await manager.Locator("[data-testid=review-row][data-month='1'] [data-testid=approve]").ClickAsync();
            await Assertions.Expect(manager.Locator("[data-testid=review-row]")).ToHaveCountAsync(0);

            await manager.GotoAsync(portal.Url("/elderly-subsidies?year=2021"));
            await Assertions.Expect(manager.Locator("[data-testid=lottery] .money")).ToHaveTextAsync("18");
            await Assertions.Expect(manager.Locator("[data-testid=month-row][data-month='1']")).ToContainTextAsync("1,500");
            await Assertions.Expect(manager.Locator("[data-testid=street-row][data-street=xinjiekou]")).ToContainTextAsync("21");
            await BrowserSupport.ScreenshotAsync(manager, "dashboard-2021");

            await officer.ReloadAsync();
            await Assertions.Expect(january).ToHaveTextAsync("已审核");
            // A locked month is only looked at: its figures as HTML, no inputs and no circuit.
            await Assertions.Expect(officer.Locator("[data-testid=month-figure][data-subsidy=advanced-age]")).ToContainTextAsync("1,200");
            await Assertions.Expect(officer.Locator("[data-testid=submit-month]")).ToHaveCountAsync(0);
            await Assertions.Expect(officer.Locator("[data-testid=interactive]")).ToHaveCountAsync(0);
        }
        catch
        {
            await BrowserSupport.ScreenshotAsync(manager, "elderly-manager-failure");
            await BrowserSupport.ScreenshotAsync(officer, "elderly-officer-failure");
            throw;
        }
    }
}
