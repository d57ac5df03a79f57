using Microsoft.Playwright;

namespace Portal.Tests.EndToEnd;

/// <summary>What several browser tests need first, done the way a manager does it in the browser.</summary>
public static class PortalSetup
{
    /// <summary>A manager creates a fund year filed month by month on 新建资金年度 (the seeded 2020 is kept as yearly totals).</summary>
    public static async Task CreateMonthlyYearAsync(LoopbackPortal portal, BrowserSession browser, int year)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var manager = await browser.NewUserAsync();
        await CreateMonthlyYearAsync(portal, manager, year);
        await manager.Context.CloseAsync();
    }

    /// <summary>As above, on a page that stays signed in as the manager and goes on to the new year's overview.</summary>
    public static async Task CreateMonthlyYearAsync(LoopbackPortal portal, IPage manager, int year)
    {
        ArgumentNullException.ThrowIfNull(portal);
        ArgumentNullException.ThrowIfNull(manager);
        await manager.GotoAsync(portal.Url("/dev/login?user=manager&returnUrl=/fund-years/new"));
        await BrowserSupport.WaitUntilInteractiveAsync(manager);
        await manager.Locator("[data-testid=input-year]").FillAsync(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await manager.Locator("[data-testid=input-received]").FillAsync("10160");
        await manager.Locator("[data-testid=input-elderly]").FillAsync("9960");
        await manager.Locator("[data-testid=input-factor]").FillAsync("200");
        await manager.Locator("[data-testid=input-cutoff]").FillAsync($"{year + 1}-02-28");
        await manager.Locator("[data-testid=create-year]").ClickAsync();
        await manager.WaitForURLAsync($"**/?year={year}");
    }
}
