using Microsoft.Playwright;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// One Chromium for a test; each user gets a context of their own (own cookies, zh-CN). Whatever the test,
/// the portal's content security policy must never block anything on its pages: the console is watched for
/// the browser's refusals, and the session fails at its end if there was one.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly List<string> _policyViolations = [];

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

    /// <summary>
    /// A page for one more user, signed in as nobody yet; <paramref name="width"/> 390 is a phone's, and
    /// <paramref name="acceptSelfSignedCertificate"/> is for a balancer on loopback that terminates TLS with a
    /// certificate made for the test run.
    /// </summary>
    public async Task<IPage> NewUserAsync(int width = 1400, bool acceptSelfSignedCertificate = false)
    {
        var height = width < 600 ? 844 : 1000;
        var page = await (await _browser.NewContextAsync(new()
        {
            Locale = "zh-CN",
            ViewportSize = new() { Width = width, Height = height },
            IgnoreHTTPSErrors = acceptSelfSignedCertificate,
        })).NewPageAsync();
        // A portal's first page after start compiles its components: on a busy two-core machine that can take longer than Playwright's 30 s.
        page.SetDefaultNavigationTimeout(90_000);
        page.Console += (_, message) =>
        {
            if (IsPolicyViolation(message.Text))
            {
                lock (_policyViolations)
                    _policyViolations.Add($"{page.Url}: {message.Text}");
            }
        };
        return page;
    }

    /// <summary>What Chromium writes to the console when a content security policy refuses something.</summary>
    public static bool IsPolicyViolation(string text) =>
        text.Contains("Content Security Policy", StringComparison.Ordinal) || text.Contains("Refused to", StringComparison.Ordinal);

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        lock (_policyViolations)
            Assert.True(_policyViolations.Count == 0, "The content security policy refused something:\n" + string.Join("\n", _policyViolations));
    }
}
