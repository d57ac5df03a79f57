using System.Net;
using Microsoft.Playwright;
using Portal.Security;
using Portal.Tests.Support;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// The bureau's single sign-on for real: Microsoft.Identity.Web runs the authorization code flow against
/// a local OpenID Connect provider in Debian's Chromium, with app roles from the token and streets from
/// the portal's user directory.
/// </summary>
public sealed class SingleSignOnTests
{
    [Fact]
    public async Task A_street_officer_signs_in_waits_for_a_street_gets_only_their_own_and_signs_out()
    {
        var port = Prerequisite.FreePort();
        var portalAddress = new Uri($"http://127.0.0.1:{port}/");
        await using var provider = await LocalIdentityProvider.StartAsync(portalAddress);
        await using var portal = LoopbackPortal.Start(SingleSignOnHost(provider), port);
        await using var browser = await BrowserSession.StartAsync();

        // With single sign-on configured the development sign-in does not exist: the request is sent to the provider.
        using (var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = portalAddress })
        {
            var devLogin = await http.GetAsync(new Uri("/dev/login?user=manager", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Redirect, devLogin.StatusCode);
            Assert.Equal(provider.Instance.Port, devLogin.Headers.Location!.Port);
        }

        var officer = await browser.NewUserAsync();
        var manager = await browser.NewUserAsync();
        try
        {
            // First sign-in: registered in the directory, but with no street yet.
            await SignInAsync(officer, portal.Url("/"), "officer-xinjiekou");
            await Assertions.Expect(officer.Locator("[data-testid=no-access]")).ToContainTextAsync("尚未分配到街道");

            // The manager assigns the officer to 新街口 in the user directory.
            await SignInAsync(manager, portal.Url("/admin/users"), "manager");
            await BrowserSupport.WaitUntilInteractiveAsync(manager);
            var row = manager.Locator($"[data-testid=account-row][data-account='{LocalIdentityProvider.ObjectId("officer-xinjiekou")}']");
            await row.Locator("[data-testid=account-street]").ClickAsync();
            await manager.GetByRole(AriaRole.Option, new() { Name = "新街口街道", Exact = true }).ClickAsync();
            await Assertions.Expect(manager.GetByText("已将 新街口街道张三 分配到新街口街道。")).ToBeVisibleAsync();

            // Next visit: the officer lands on their own street and cannot open another one.
            await officer.GotoAsync(portal.Url("/"));
            await officer.WaitForURLAsync("**/streets/xinjiekou");
            await Assertions.Expect(officer.Locator("[data-testid=street-name]")).ToContainTextAsync("新街口街道");
            await Assertions.Expect(officer.Locator("[data-testid=street-share-row]")).ToHaveCountAsync(1);
            await officer.GotoAsync(portal.Url("/streets/desheng"));
            await Assertions.Expect(officer.Locator("[data-testid=no-access]")).ToContainTextAsync("只能查看和修改本街道");
            await officer.GotoAsync(portal.Url("/social-assistance"));
            await Assertions.Expect(officer.Locator("[data-testid=no-access]")).ToBeVisibleAsync();

            // Sign-out ends the portal session and the sign-on session: the next visit asks to sign in again.
            await officer.GotoAsync(portal.Url("/streets/xinjiekou"));
            await BrowserSupport.WaitUntilInteractiveAsync(officer);
            await officer.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();
            await officer.WaitForURLAsync("**/account/signed-out");
            await officer.GotoAsync(portal.Url("/streets/xinjiekou"));
            await Assertions.Expect(officer.Locator("input[name=login]")).ToBeVisibleAsync();
        }
        catch
        {
            await BrowserSupport.ScreenshotAsync(officer, "sso-officer");
            await BrowserSupport.ScreenshotAsync(manager, "sso-manager");
            throw;
        }
    }

    [Fact]
    public async Task A_user_without_an_app_role_gets_the_polite_no_access_page()
    {
        var port = Prerequisite.FreePort();
        await using var provider = await LocalIdentityProvider.StartAsync(new Uri($"http://127.0.0.1:{port}/"));
        await using var portal = LoopbackPortal.Start(SingleSignOnHost(provider), port);
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewUserAsync();

        try
        {
            await SignInAsync(page, portal.Url("/"), "norole");
            await page.WaitForURLAsync("**/no-access**");
            await Assertions.Expect(page.Locator("[data-testid=no-access]")).ToContainTextAsync("没有分配角色");
        }
        catch
        {
            await BrowserSupport.ScreenshotAsync(page, "sso-norole");
            throw;
        }
    }

    private static PortalHost SingleSignOnHost(LocalIdentityProvider provider) => new PortalHost()
        .With("AzureAd:Instance", provider.Instance.ToString())
        .With("AzureAd:TenantId", LocalIdentityProvider.Tenant)
        .With("AzureAd:ClientId", LocalIdentityProvider.ClientId)
        .With("AzureAd:ClientSecret", LocalIdentityProvider.ClientSecret)
        .With(SingleSignOnSetup.LoopbackProviderSetting, "true");

    /// <summary>Opens a portal page, is sent to the provider's login form, and signs in there.</summary>
    private static async Task SignInAsync(IPage page, string url, string login)
    {
        await page.GotoAsync(url);
        await page.Locator("input[name=login]").FillAsync(login);
        await page.Locator("input[name=password]").FillAsync("any");
        await page.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(u => u.StartsWith(url[..url.IndexOf('/', 8)], StringComparison.Ordinal) && !u.Contains("signin-oidc", StringComparison.Ordinal));
    }
}
