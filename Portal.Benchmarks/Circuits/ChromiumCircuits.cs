using Microsoft.Playwright;

namespace Portal.Benchmarks.Circuits;

/// <summary>
/// Real browser users: Debian's Chromium through Playwright (no browser download), one page per circuit.
/// A click is timed in the page, from <c>element.click()</c> to the first DOM change Blazor applies for it,
/// which is the light client's figure plus applying the batch to the DOM.
/// </summary>
public sealed class ChromiumCircuits : IAsyncDisposable
{
    public const string InstallCommand = "apt-get install -y chromium";

    private const string TimedClick = """
        async ([selector, timeout, eventName]) => {
            const element = document.querySelector(selector);
            if (!element) return -1;
            return await new Promise(resolve => {
                const start = performance.now();
                const observer = new MutationObserver(() => { observer.disconnect(); resolve(performance.now() - start); });
                observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
                if (eventName === 'click') {
                    element.click();
                } else {
                    element.value = String(1000 + Math.floor(Math.random() * 100000));
                    element.dispatchEvent(new Event(eventName, { bubbles: true }));
                }
                setTimeout(() => { observer.disconnect(); resolve(-1); }, timeout);
            });
        }
        """;

    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        // Many pages of one browser stay awake: a hidden page's timers are otherwise throttled.
        "--disable-background-timer-throttling", "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly IBrowserContext _context;
    private readonly List<IPage> _pages = [];

    private ChromiumCircuits(IPlaywright playwright, IBrowser browser, IBrowserContext context)
    {
        _playwright = playwright;
        _browser = browser;
        _context = context;
    }

    public static string ExecutablePath => Environment.GetEnvironmentVariable("PORTAL_CHROMIUM") ?? "/usr/bin/chromium";

    /// <summary>Whether Chromium is installed; under CI (CI=true) a missing browser is an error, never a silent skip.</summary>
    public static bool Available()
    {
        if (File.Exists(ExecutablePath))
            return true;
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"Chromium not found at {ExecutablePath}; install it with `{InstallCommand}`.");
        return false;
    }

    public static async Task<ChromiumCircuits> LaunchAsync(AppProcess app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Headless = true, Args = Arguments });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUri.ToString(), Locale = "zh-CN" });
        var circuits = new ChromiumCircuits(playwright, browser, context);
        if (app.App.SignInPath is { } signIn)
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(signIn);
            await page.CloseAsync();
        }

        return circuits;
    }

    /// <summary>
    /// Opens a page and waits until a click on the timed element changes the DOM: the circuit is live. A page
    /// rendered as static HTML starts no circuit; it is kept open, loaded, and not clicked.
    /// </summary>
    public async Task OpenAsync(AppUnderTest app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var page = await _context.NewPageAsync();
        var response = await page.GotoAsync(app.PagePath, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        if (response is not null && !LightCircuit.HasServerComponents(await response.TextAsync()))
            return; // stays open in the browser context, which is what a reader does with it

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await ClickAsync(page, app, 1000) < 0)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"{app.Name}: the page in Chromium never became interactive.");
        }

        _pages.Add(page);
    }

    /// <summary>Clicks on every page in turn, <paramref name="rounds"/> times; the times in milliseconds (failures are -1).</summary>
    public async Task<List<double>> ClickAllAsync(AppUnderTest app, int rounds)
    {
        ArgumentNullException.ThrowIfNull(app);
        var samples = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var page in _pages)
                samples.Add(await ClickAsync(page, app, 10_000));
        }

        return samples;
    }

    public async ValueTask DisposeAsync()
    {
        await _context.DisposeAsync();
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    private static Task<double> ClickAsync(IPage page, AppUnderTest app, int timeoutMs) =>
        page.EvaluateAsync<double>(TimedClick, new object[] { app.ChromiumSelector, timeoutMs, app.EventName });
}
