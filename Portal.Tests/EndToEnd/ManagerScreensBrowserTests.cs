using Microsoft.Playwright;
using Portal.Domain.ElderlySubsidy;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// The review queue and the 备份 page in Debian's Chromium at a desk (1440 px) and on a phone (390 px):
/// a refused approval shows under its row, a returned month is listed, a backup taken is listed with who took it.
/// </summary>
public sealed class ManagerScreensBrowserTests
{
    private static readonly (int Width, int Height)[] Widths = [(1440, 900), (390, 844)];

    [Fact]
    public async Task The_review_queue_shows_a_refusal_under_its_row_and_the_returned_list_at_both_widths()
    {
        await using var portal = LoopbackPortal.Start();
        await using var browser = await BrowserSession.StartAsync();
        var manager = await browser.NewUserAsync();
        var officer = await browser.NewUserAsync();

        try
        {
            await PortalSetup.CreateMonthlyYearAsync(portal, manager, 2021);
            await SubmitMonthAsync(officer, portal, "staff-xinjiekou", 1, "1,200", "120,000", "30", "15,000");
            await SubmitMonthAsync(officer, portal, "staff-xinjiekou", 2, "1,190", "119,000", "31", "15,500");
            // The manager files March himself: separation of duties keeps him from approving it.
            await SubmitMonthAsync(manager, portal, "manager", 3, "1,210", "121,000", "29", "14,500");

            await manager.GotoAsync(portal.Url("/elderly-subsidies/review?year=2021"));
            await BrowserSupport.WaitUntilInteractiveAsync(manager);
            var february = manager.Locator("[data-testid=review-row][data-month='2']");
            await february.Locator("[data-testid=return-comment]").FillAsync("失能护理补贴人次与名册不符，请核对");
            await february.Locator("[data-testid=return]").ClickAsync();
            await Assertions.Expect(manager.Locator("[data-testid=returned-row][data-month='2']")).ToContainTextAsync("请核对");

            await manager.Locator("[data-testid=review-row][data-month='3'] [data-testid=approve]").ClickAsync();
            var refusal = manager.Locator("[data-testid=row-error][data-month='3']");
            await Assertions.Expect(refusal).ToContainTextAsync(SubsidyMessages.ApproverIsLastEditor);
            await Assertions.Expect(manager.Locator("[data-testid=review-row]")).ToHaveCountAsync(2);
            await Assertions.Expect(manager.Locator("[data-testid=review-row][data-month='1'] [data-testid=line-person-times]").First).ToHaveTextAsync("1,200");
            Assert.Equal("/streets/xinjiekou/elderly-subsidies?year=2021&month=1",
                await manager.Locator("[data-testid=review-row][data-month='1'] [data-testid=month-link]").GetAttributeAsync("href"));

            foreach (var (width, height) in Widths)
            {
                await manager.SetViewportSizeAsync(width, height);
                await Assertions.Expect(refusal).ToBeVisibleAsync();
                await BrowserSupport.ScreenshotAsync(manager, $"review-queue-{width}");
                // The page never scrolls sideways: a wide queue scrolls inside its own box.
                Assert.True(await BrowserSupport.FitsWidthAsync(manager), $"the review queue overflows at {width} px");
            }

            // The status filter puts the choice in the address and lists only the returned months.
            await manager.SetViewportSizeAsync(1440, 900);
            await manager.Locator("[data-testid=filter-status]").ClickAsync();
            await manager.GetByRole(AriaRole.Option, new() { Name = "已退回（1）" }).ClickAsync();
            await manager.WaitForURLAsync("**/elderly-subsidies/review?year=2021&status=returned");
            await Assertions.Expect(manager.Locator("[data-testid=returned-row]")).ToHaveCountAsync(1);
            await Assertions.Expect(manager.Locator("[data-testid=review-queue]")).ToHaveCountAsync(0);

            // The dashboard says it once per street: 新街口街道's returned February is one line that links to its returned list.
            await manager.GotoAsync(portal.Url("/?year=2021"));
            var returned = manager.Locator("[data-testid=alert][data-kind=ReturnedMonth][data-street=xinjiekou]");
            await Assertions.Expect(returned).ToContainTextAsync("新街口街道：已退回 1 个月（2 月）");
            Assert.Equal("/elderly-subsidies/review?year=2021&street=xinjiekou&status=returned", await returned.Locator("a").First.GetAttributeAsync("href"));
            await BrowserSupport.ScreenshotAsync(manager, "dashboard-alerts-1440");
            await manager.GotoAsync(portal.Url("/help/manager"));
            await manager.SetViewportSizeAsync(390, 844);
            await Assertions.Expect(manager.Locator("[data-testid=help-review]")).ToBeVisibleAsync();
            await BrowserSupport.ScreenshotAsync(manager, "help-manager-390");
        }
        catch
        {
            await BrowserSupport.ScreenshotAsync(manager, "review-queue-failed");
            throw;
        }
    }

    [Fact]
    public async Task A_backup_taken_from_the_page_is_listed_with_who_took_it_at_both_widths()
    {
        await using var portal = LoopbackPortal.Start();
        await using var browser = await BrowserSession.StartAsync();
        var manager = await browser.NewUserAsync();

        try
        {
            await manager.GotoAsync(portal.Url("/dev/login?user=manager&returnUrl=/admin/backups"));
            await manager.Locator("[data-testid=take-backup]").ClickAsync();

            await Assertions.Expect(manager.Locator("[data-testid=backup-taken]")).ToContainTextAsync("已完成备份");
            var row = manager.Locator("[data-testid=backup-row]");
            await Assertions.Expect(row).ToHaveCountAsync(1);
            await Assertions.Expect(row.Locator("[data-testid=backup-taker]")).Not.ToHaveTextAsync("—");
            await Assertions.Expect(row).ToContainTextAsync("手动");
            Assert.StartsWith("/admin/backups/files/portal-manual-", await row.Locator("[data-testid=backup-download]").GetAttributeAsync("href"), StringComparison.Ordinal);

            foreach (var (width, height) in Widths)
            {
                await manager.SetViewportSizeAsync(width, height);
                await Assertions.Expect(manager.Locator("[data-testid=restore-steps]")).ToBeVisibleAsync();
                await BrowserSupport.ScreenshotAsync(manager, $"backup-page-{width}");
                Assert.True(await BrowserSupport.FitsWidthAsync(manager), $"the backup page overflows at {width} px");
            }
        }
        catch
        {
            await BrowserSupport.ScreenshotAsync(manager, "backup-page-failed");
            throw;
        }
    }

    private static async Task SubmitMonthAsync(IPage page, LoopbackPortal portal, string user, int month, string agedTimes, string agedLottery, string careTimes, string careLottery)
    {
        await MonthEntryPage.OpenAsync(page, portal, user, month);
        await MonthEntryPage.FillLineAsync(page, "advanced-age", agedTimes, agedLottery, "0");
        await MonthEntryPage.FillLineAsync(page, "disability-care", careTimes, careLottery, "0");
        await page.Locator("[data-testid=submit-month]").ClickAsync();
        await Assertions.Expect(page.Locator($"[data-testid=entry-month][data-month='{month}'] [data-testid=month-status]")).ToHaveTextAsync("已提交");
    }
}
