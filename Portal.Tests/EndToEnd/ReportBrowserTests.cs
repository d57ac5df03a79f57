using Microsoft.Playwright;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// The yearly report of a year that was only just set up, in Chromium: first empty, then with one bare
/// project. Neither shows placeholder text; the check names what is missing and publishing over it takes a
/// reason. Screenshots at 1440 and 390 px are kept under TestResults/screenshots.
/// </summary>
public sealed class ReportBrowserTests
{
    [Fact]
    public async Task A_new_year_reports_without_placeholder_text_and_publishes_only_with_a_reason()
    {
        await using var portal = LoopbackPortal.Start();
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewUserAsync();

        try
        {
            await page.GotoAsync(portal.Url("/dev/login?user=manager&returnUrl=/fund-years/new"));
            await BrowserSupport.WaitUntilInteractiveAsync(page);
            await page.Locator("[data-testid=input-year]").FillAsync("2021");
            await page.Locator("[data-testid=input-received]").FillAsync("300");
            await page.Locator("[data-testid=input-elderly]").FillAsync("0");
            await page.Locator("[data-testid=input-factor]").FillAsync("300");
            await page.Locator("[data-testid=input-cutoff]").FillAsync("2022-02-28");
            await page.Locator("[data-testid=create-year]").ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("2021 年福彩公益金总览");

            // 1. The empty year: one part, no project list, nothing left to fill in by hand.
            await OpenReportAsync(page, portal);
            var report = page.Locator("[data-testid=report]");
            await Assertions.Expect(page.Locator("[data-testid=report-part]")).ToHaveTextAsync(["一、因素法分配福彩公益金安排情况"]);
            await Assertions.Expect(report).ToContainTextAsync("2021 年收到因素法分配福彩公益金 300 万元，加上年结转资金 797.401 万元，共 1097.401 万元。");
            await AssertNoPlaceholderTextAsync(report);
            await ShootAsync(page, "report-empty-year");

            // 2. One project with only a name, money and a cycle.
            await page.GotoAsync(portal.Url("/projects/new?year=2021"));
            await BrowserSupport.WaitUntilInteractiveAsync(page);
            await page.Locator("[data-testid=input-name]").FillAsync("困难群众临时救助项目");
            await page.Locator("[data-testid=input-allocation]").FillAsync("120");
            await page.Locator("[data-testid=input-cycle-start]").FillAsync("2021-01-01");
            await page.Locator("[data-testid=input-cycle-end]").FillAsync("2021-12-31");
            await page.Locator("[data-testid=save-project]").ClickAsync();
            await page.WaitForURLAsync("**/social-assistance?year=2021");

            await OpenReportAsync(page, portal);
            await Assertions.Expect(page.Locator("[data-testid=report-section]")).ToHaveTextAsync(["（一）困难群众临时救助项目"]);
            await Assertions.Expect(report).ToContainTextAsync("统筹用于困难群众临时救助项目。");
            await Assertions.Expect(report).Not.ToContainTextAsync("项目负责人及联系方式");
            await Assertions.Expect(report).Not.ToContainTextAsync("项目完成情况及实际效果");
            await AssertNoPlaceholderTextAsync(report);
            await Assertions.Expect(page.Locator("[data-testid=publish-problem]").First).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("[data-testid=publish-panel]")).ToContainTextAsync("（一）困难群众临时救助项目：没有填写项目主要内容、项目负责人、联系方式、项目完成情况及实际效果。");
            await ShootAsync(page, "report-one-project");

            // 3. Publishing over the warnings takes a reason, which the version keeps.
            await page.Locator("[data-testid=publish]").ClickAsync();
            await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "发布", Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator("[data-testid=publish-panel]")).ToContainTextAsync("或填写发布说明");
            await Assertions.Expect(page.Locator("[data-testid=report-versions]")).ToHaveCountAsync(0);
            await page.Locator("[data-testid=publish-reason]").FillAsync("项目刚建立，年中公开一次进度。");
            await page.Locator("[data-testid=publish]").ClickAsync();
            await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "发布", Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator("[data-testid=report-versions]")).ToContainTextAsync("第 1 版");
            await page.GotoAsync(portal.Url("/reports/2021?version=1"));
            await BrowserSupport.WaitUntilInteractiveAsync(page);
            await Assertions.Expect(page.Locator("[data-testid=published-over-warnings]")).ToContainTextAsync("项目刚建立，年中公开一次进度。");
            await ShootAsync(page, "report-published-over-warnings");
        }
        catch
        {
            await BrowserSupport.ScreenshotAsync(page, nameof(A_new_year_reports_without_placeholder_text_and_publishes_only_with_a_reason));
            throw;
        }
    }

    private static async Task OpenReportAsync(IPage page, LoopbackPortal portal)
    {
        await page.GotoAsync(portal.Url("/reports/2021"));
        await BrowserSupport.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=report-state]")).ToContainTextAsync("草稿");
    }

    private static async Task AssertNoPlaceholderTextAsync(ILocator report)
    {
        var text = await report.InnerTextAsync();
        foreach (var leftover in new[] { "{", "（未填写）", "用于等", "统筹用于。", "—" })
            Assert.DoesNotContain(leftover, text, StringComparison.Ordinal);
        // A label with nothing after it ("项目完成情况及实际效果：").
        Assert.DoesNotMatch("(?m)^[^\\n]{0,16}：\\s*$", text);
    }

    /// <summary>The page at a desktop width and at a phone's, kept for whoever looks at the run.</summary>
    private static async Task ShootAsync(IPage page, string name)
    {
        await page.SetViewportSizeAsync(1440, 900);
        await BrowserSupport.ScreenshotAsync(page, name + "-1440");
        await page.SetViewportSizeAsync(390, 844);
        await BrowserSupport.ScreenshotAsync(page, name + "-390");
        await page.SetViewportSizeAsync(1440, 900);
    }
}
