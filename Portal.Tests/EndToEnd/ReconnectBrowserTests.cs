using Microsoft.Playwright;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// A street officer types a month's figures, and before saving the server goes away and comes back as a new
/// process on the same database: the page shows the styled Chinese reconnect dialog (one state at a time),
/// reloads itself when the server is back, and gives the officer the unsaved figures back, saying so.
/// </summary>
public sealed class ReconnectBrowserTests
{
    private const string UnsavedKeys = "() => Object.keys(sessionStorage).filter(k => k.startsWith('unsaved-input:'))";

    [Fact]
    public async Task Figures_typed_before_the_server_restarts_come_back_after_the_page_reconnects()
    {
        var folder = Directory.CreateTempSubdirectory("portal-restart-");
        var database = Path.Combine(folder.FullName, "portal.db");
        var portal = LoopbackPortal.Start(new PortalHost(database));
        try
        {
            await using var browser = await BrowserSession.StartAsync();
            await PortalSetup.CreateMonthlyYearAsync(portal, browser, 2021);
            var officer = await browser.NewUserAsync();
            // The page asks before it is left with unsaved input; the reload after a restart is such a leave.
            officer.Dialog += (_, dialog) => _ = dialog.AcceptAsync();
            try
            {
                await officer.GotoAsync(portal.Url("/dev/login?user=staff-xinjiekou&returnUrl=" + Uri.EscapeDataString("/streets/xinjiekou/elderly-subsidies?year=2021&month=1")));
                await BrowserSupport.WaitUntilInteractiveAsync(officer);
                var advanced = officer.Locator("[data-testid=entry-line][data-subsidy=advanced-age]");
                await advanced.Locator("[data-testid=input-person-times]").FillAsync("1,200");
                await advanced.Locator("[data-testid=input-lottery]").FillAsync("120,000.00");
                await advanced.Locator("[data-testid=input-matching]").FillAsync("30,000");
                await officer.WaitForFunctionAsync(UnsavedKeys + ".length === 1");
                await officer.EvaluateAsync("() => window.portalPageBeforeRestart = true");

                // The server stops: the reconnect dialog shows its first state only, styled (a centred dialog, not text over the header).
                var port = portal.Address.Port;
                await portal.DisposeAsync();
                var dialog = officer.Locator("#components-reconnect-modal");
                await Assertions.Expect(dialog).ToBeVisibleAsync(new() { Timeout = 30_000 });
                // One message at a time, in every state the dialog passes through while the server is away.
                await Assertions.Expect(dialog.Locator("p:visible")).ToHaveCountAsync(1);
                await Assertions.Expect(dialog.Locator(".components-reconnect-repeated-attempt-visible")).ToBeVisibleAsync(new() { Timeout = 30_000 });
                await Assertions.Expect(dialog.Locator("p:visible")).ToHaveCountAsync(1);
                await Assertions.Expect(dialog.Locator("p.components-reconnect-failed-visible")).ToBeHiddenAsync();
                await Assertions.Expect(dialog.Locator(".components-pause-visible").First).ToBeHiddenAsync();
                await Assertions.Expect(dialog.Locator("#components-resume-button")).ToBeHiddenAsync();
                Assert.Equal("rgb(255, 255, 255)", await dialog.EvaluateAsync<string>("d => getComputedStyle(d).backgroundColor"));
                await BrowserSupport.ScreenshotAsync(officer, "reconnect-dialog");

                // A new server process on the same database and port: the old circuit is unknown there, so the page reloads.
                portal = LoopbackPortal.Start(new PortalHost(database), port);
                await WaitForReloadAsync(officer);
                await BrowserSupport.WaitUntilInteractiveAsync(officer);

                await Assertions.Expect(officer.Locator("[data-testid=unsaved-restored]")).ToBeVisibleAsync();
                await Assertions.Expect(advanced.Locator("[data-testid=input-person-times]")).ToHaveValueAsync("1,200");
                await Assertions.Expect(advanced.Locator("[data-testid=input-lottery]")).ToHaveValueAsync("120,000.00");
                await Assertions.Expect(advanced.Locator("[data-testid=input-matching]")).ToHaveValueAsync("30,000");
                await Assertions.Expect(officer.Locator("[data-testid=entry-month][data-month='1'] [data-testid=month-status]")).ToHaveTextAsync("未填报");
                await BrowserSupport.ScreenshotAsync(officer, "reconnect-restored");

                // Saved as a draft, the kept input is gone, and a reload shows the saved figures without the notice.
                var disability = officer.Locator("[data-testid=entry-line][data-subsidy=disability-care]");
                await disability.Locator("[data-testid=input-person-times]").FillAsync("0");
                await disability.Locator("[data-testid=input-lottery]").FillAsync("0");
                await disability.Locator("[data-testid=input-matching]").FillAsync("0");
                await officer.Locator("[data-testid=save-draft]").ClickAsync();
                await Assertions.Expect(officer.Locator("[data-testid=entry-month][data-month='1'] [data-testid=month-status]")).ToHaveTextAsync("草稿");
                await Assertions.Expect(officer.Locator("[data-testid=unsaved-restored]")).ToHaveCountAsync(0);
                await officer.WaitForFunctionAsync(UnsavedKeys + ".length === 0");
                await officer.ReloadAsync();
                await BrowserSupport.WaitUntilInteractiveAsync(officer);
                await Assertions.Expect(advanced.Locator("[data-testid=input-lottery]")).ToHaveValueAsync("120,000.00");
                await Assertions.Expect(officer.Locator("[data-testid=unsaved-restored]")).ToHaveCountAsync(0);
            }
            catch
            {
                await BrowserSupport.ScreenshotAsync(officer, "reconnect-failure");
                throw;
            }
        }
        finally
        {
            await portal.DisposeAsync();
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Waits until the page has reloaded itself; if the browser gave up reconnecting first, the officer presses 重试.</summary>
    private static async Task WaitForReloadAsync(IPage page)
    {
        var retry = page.Locator("#components-reconnect-button");
        for (var attempt = 0; attempt < 120; attempt++)
        {
            try
            {
                if (await page.EvaluateAsync<bool>("() => window.portalPageBeforeRestart === undefined"))
                    return;
                if (await retry.IsVisibleAsync())
                    await retry.ClickAsync();
            }
            catch (PlaywrightException)
            {
                // The page is being reloaded just now.
            }

            await Task.Delay(500);
        }

        Assert.Fail("The page did not reload after the server came back.");
    }
}
