using Microsoft.Playwright;

namespace Portal.Tests.EndToEnd;

/// <summary>One Chromium for a test; each user gets a context of their own (own cookies, zh-CN).</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private BrowserSession(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static async Task<BrowserSession> StartAsync()
    {
        var (playwright, browser) = await BrowserSupport.LaunchAsync();
        return new BrowserSession(playwright, browser);
    }

    /// <summary>A page for one more user, signed in as nobody yet.</summary>
    public async Task<IPage> NewUserAsync() =>
        await (await _browser.NewContextAsync(new() { Locale = "zh-CN", ViewportSize = new() { Width = 1400, Height = 1000 } })).NewPageAsync();

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
