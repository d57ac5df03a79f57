using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// 操作记录 and 访问与安全记录 as an auditor reads them in Chromium: 牛街's spending found by choosing the
/// street by name, every change a Chinese sentence, sign-ins only in the access records.
/// </summary>
public sealed class AuditBrowserTests
{
    [Fact]
    public async Task A_manager_finds_niujie_s_spending_by_street_name_and_sign_ins_only_in_the_access_records()
    {
        await using var portal = LoopbackPortal.Start();
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewUserAsync();

        try
        {
            await page.GotoAsync(portal.Url("/dev/login?user=staff-niujie&returnUrl=/streets/niujie?year=2020"));
            await BrowserSupport.WaitUntilInteractiveAsync(page);
            await page.Locator("[data-testid=street-spending-date]").FillAsync("2020-09-01");
            await page.Locator("[data-testid=street-spending-amount]").FillAsync("2.5");
            await page.Locator("[data-testid=street-spending-save]").ClickAsync();
            await Assertions.Expect(page.Locator("[data-testid=spending-row]")).ToHaveCountAsync(1);

            await page.GotoAsync(portal.Url("/dev/login?user=manager&returnUrl=/admin/audit"));
            await BrowserSupport.WaitUntilInteractiveAsync(page);
            await Assertions.Expect(page.Locator("[data-testid=audit-sentence]").First).ToBeVisibleAsync();
            Assert.Equal(0, await page.Locator("[data-testid=audit-sentence]").Filter(new() { HasText = "最近登录 由" }).CountAsync());
            await page.Locator("[data-testid=audit-street]").ClickAsync();
            await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "牛街街道" }).ClickAsync();
            // The export link follows the chosen street once the server has the choice; searching before would search every street.
            await Assertions.Expect(page.Locator("a[href*='/exports/audit.xlsx']")).ToHaveAttributeAsync("href", new Regex("street=niujie"));
            await page.Locator("[data-testid=audit-search]").ClickAsync();
            var rows = page.Locator("[data-testid=audit-sentence]");
            // The unfiltered list also holds the payment: wait until the filter has taken every other street's row away.
            await Assertions.Expect(rows.Filter(new() { HasNotText = "牛街街道" })).ToHaveCountAsync(0, new() { Timeout = 20_000 });
            await Assertions.Expect(rows.Filter(new() { HasText = "支出金额 2.5 万元" })).ToHaveCountAsync(1);
            await Assertions.Expect(rows.First).ToContainTextAsync("牛街街道");
            foreach (var sentence in await rows.AllInnerTextsAsync())
            {
                Assert.Contains("牛街街道", sentence, StringComparison.Ordinal);
                Assert.DoesNotContain("\"", sentence, StringComparison.Ordinal);
            }

            await ShootAsync(page, "audit-trail");

            await page.GotoAsync(portal.Url("/admin/security"));
            await BrowserSupport.WaitUntilInteractiveAsync(page);
            var access = page.Locator("[data-testid=security-row]");
            await Assertions.Expect(access.Filter(new() { HasText = "登录（街道工作人员）" })).ToHaveCountAsync(1);
            await Assertions.Expect(access.Filter(new() { HasText = "登录（区民政局管理人员）" })).ToHaveCountAsync(1);
            await ShootAsync(page, "security-trail");
        }
        catch
        {
            await BrowserSupport.ScreenshotAsync(page, nameof(A_manager_finds_niujie_s_spending_by_street_name_and_sign_ins_only_in_the_access_records));
            throw;
        }
    }

    [Fact]
    public async Task A_fund_year_s_changed_figure_is_in_its_history_and_refused_pages_are_in_the_access_records()
    {
        await using var portal = LoopbackPortal.Start();
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewUserAsync();

        try
        {
            await page.GotoAsync(portal.Url("/dev/login?user=viewer&returnUrl=/admin/security"));
            await Assertions.Expect(page.Locator("[data-testid=no-access]")).ToBeVisibleAsync();
            await page.GotoAsync(portal.Url("/dev/login?user=staff-xinjiekou&returnUrl=/streets/desheng?year=2020"));
            await Assertions.Expect(page.Locator("[data-testid=no-access]")).ToBeVisibleAsync();

            await page.GotoAsync(portal.Url("/dev/login?user=manager&returnUrl=/fund-years/2020/settings"));
            await BrowserSupport.WaitUntilInteractiveAsync(page);
            await page.Locator("[data-testid=settings-received]").FillAsync("11417.76");
            await page.Locator("[data-testid=settings-elderly]").FillAsync("10125.76");
            await page.Locator("[data-testid=save-year]").ClickAsync();
            await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("已保存");
            await page.Locator("[data-testid=entity-history] > summary").ClickAsync();
            var history = page.Locator("[data-testid=entity-history] [data-testid=audit-sentence]");
            await Assertions.Expect(history.Filter(new() { HasText = "将 2020年度资金 老年人津贴补贴 由 10124.76 万元 改为 10125.76 万元" })).ToHaveCountAsync(1);
            await ShootAsync(page, "fund-year-history");

            await page.GotoAsync(portal.Url("/admin/security"));
            await BrowserSupport.WaitUntilInteractiveAsync(page);
            var access = page.Locator("[data-testid=security-row]");
            await Assertions.Expect(access.Filter(new() { HasText = "只读用户（演示） 被拒绝：打开页面 /admin/security（只读）" })).ToHaveCountAsync(1);
            await Assertions.Expect(access.Filter(new() { HasText = "德胜街道 新街口街道工作人员（演示） 被拒绝：查看街道页面（desheng）" })).ToHaveCountAsync(1);
            await ShootAsync(page, "security-trail-refused");
        }
        catch
        {
            await BrowserSupport.ScreenshotAsync(page, nameof(A_fund_year_s_changed_figure_is_in_its_history_and_refused_pages_are_in_the_access_records));
            throw;
        }
    }

    private static async Task ShootAsync(IPage page, string name)
    {
        await page.SetViewportSizeAsync(1440, 900);
        await BrowserSupport.ScreenshotAsync(page, name + "-1440");
        await page.SetViewportSizeAsync(390, 844);
        await BrowserSupport.ScreenshotAsync(page, name + "-390");
        await page.SetViewportSizeAsync(1440, 900);
    }
}
