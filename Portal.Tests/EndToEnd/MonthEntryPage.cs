using Microsoft.Playwright;

namespace Portal.Tests.EndToEnd;

/// <summary>新街口's monthly entry in 2021 as the browser tests use it: a month opened by a user, a subsidy's line typed.</summary>
public static class MonthEntryPage
{
    /// <summary>Signs <paramref name="user"/> in on the page and opens the month for typing.</summary>
    public static async Task OpenAsync(IPage page, LoopbackPortal portal, string user, int month)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(portal);
        await page.GotoAsync(portal.Url($"/dev/login?user={user}&returnUrl=" + Uri.EscapeDataString($"/streets/xinjiekou/elderly-subsidies?year=2021&month={month}")));
        await BrowserSupport.WaitUntilInteractiveAsync(page);
        await page.Locator("[data-testid=month-editor]").WaitForAsync();
    }

    /// <summary>Types one subsidy's 人次, 彩票公益金 and 区财政配套 (元) as an officer does.</summary>
    public static async Task FillLineAsync(IPage page, string subsidy, string personTimes, string lottery, string matching)
    {
        ArgumentNullException.ThrowIfNull(page);
        var line = page.Locator($"[data-testid=entry-line][data-subsidy={subsidy}]");
        await line.Locator("[data-testid=input-person-times]").FillAsync(personTimes);
        await line.Locator("[data-testid=input-lottery]").FillAsync(lottery);
        await line.Locator("[data-testid=input-matching]").FillAsync(matching);
    }
}
