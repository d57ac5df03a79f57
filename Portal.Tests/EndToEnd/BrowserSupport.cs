using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Portal.Tests.Support;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// Debian's Chromium driven by Playwright, with no browser download. Where Chromium is missing the test
/// is skipped with the command that installs it; under CI (CI=true) a missing browser is a failure.
/// </summary>
public static class BrowserSupport
{
    public const string InstallCommand = "apt-get install -y chromium";

    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static string ChromiumPath => Environment.GetEnvironmentVariable("PORTAL_CHROMIUM") ?? "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            Prerequisite.Missing($"Chromium not found at {ChromiumPath}; install it with `{InstallCommand}`.");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = Arguments,
        });
        return (playwright, browser);
    }

    /// <summary>
    /// Waits until the Blazor circuit is connected: clicks before that are lost. A node's first page compiles on
    /// the shared test machine, so the wait is generous.
    /// </summary>
    public static Task WaitUntilInteractiveAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Locator("[data-testid=interactive]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 60_000 });
    }

    /// <summary>Fails on any serious or critical axe violation of the page as it is now (an open form included).</summary>
    public static async Task AssertAccessibleAsync(IPage page, string name)
    {
        var serious = await SeriousViolationsAsync(page);
        Assert.True(serious.Count == 0, $"{name}: {string.Join("; ", serious)}");
    }

    /// <summary>The page's serious and critical axe violations, each with up to three of the elements concerned.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        // A save's snackbar fades in and out (MudBlazor animates its opacity), so axe would judge the contrast of
        // one frame of the animation; settled, it is the theme's success colour under white text (5.1:1).
        var context = new AxeRunContext { Exclude = [new AxeSelector(".mud-snackbar")] };
        var axe = await page.RunAxe(context);
        return axe.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Impact} {v.Id} ({v.Help}) at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}").ToList();
    }

    /// <summary>Whether the page fits its window's width: wide tables scroll inside their own box, never the page.</summary>
    public static Task<bool> FitsWidthAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth");
    }

    /// <summary>Keeps a screenshot of a failing page under TestResults/screenshots for the CI artefacts.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
