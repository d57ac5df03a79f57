using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Portal.Infrastructure.Data;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// Every page, as every kind of user who may open it, on a desk (1440 px) and on a phone (390 px): the page
/// never scrolls sideways as a whole, the console stays clean (no error, no failed request), axe finds no
/// serious or critical accessibility violation, and a screenshot of each is kept under
/// TestResults/screenshots/tour-*.png for people to look at.
/// </summary>
public sealed class PageTourTests
{
    private static readonly int[] Widths = [1440, 390];

    /// <summary>The pages each user can open: a manager all of them, a reader the district's, an officer their street's.</summary>
    private static IEnumerable<(string User, string Path)> Stops(Guid project) =>
    [
        ("manager", "/?year=2020"),
        ("manager", "/elderly-subsidies?year=2020"),
        ("manager", "/social-assistance?year=2020"),
        ("manager", "/child-protection?year=2020"),
        ("city-viewer", "/city?year=2020"),
        ("city-admin", "/city/districts/new"),
        ("manager", $"/projects/{project}?year=2020"),
        ("manager", "/projects/new?year=2020"),
        ("manager", "/reports/2020"),
        ("manager", "/streets/xinjiekou?year=2020"),
        ("manager", "/streets/xinjiekou/elderly-subsidies?year=2020"),
        ("manager", "/streets/xinjiekou/elderly-subsidies?year=2021&month=1"),
        ("manager", "/elderly-subsidies/review?year=2021"),
        ("manager", "/elderly-subsidies/import?year=2021"),
        ("manager", "/fund-years/new"),
        ("manager", "/fund-years/2020/settings"),
        ("manager", "/admin/users"),
        ("manager", "/admin/audit"),
        ("manager", "/admin/backups"),
        ("manager", "/help/manager"),
        ("manager", "/help/street"),
        ("manager", "/not-found"),
        ("viewer", "/?year=2020"),
        ("viewer", "/elderly-subsidies?year=2020"),
        ("viewer", "/social-assistance?year=2020"),
        ("viewer", "/child-protection?year=2020"),
        ("viewer", $"/projects/{project}?year=2020"),
        ("viewer", "/streets/xinjiekou?year=2020"),
        ("staff-xinjiekou", "/streets/xinjiekou?year=2020"),
        ("staff-xinjiekou", "/streets/xinjiekou?year=2021"),
        ("staff-xinjiekou", "/streets/xinjiekou/elderly-subsidies?year=2020"),
        ("staff-xinjiekou", "/streets/xinjiekou/elderly-subsidies?year=2021&month=1"),
        ("staff-xinjiekou", "/elderly-subsidies/import?year=2021"),
        ("staff-xinjiekou", "/help/street"),
        ("staff-unassigned", "/elderly-subsidies/import"),
        ("norole", "/no-access"),
    ];

    /// <summary>Pages that answer with an error status on purpose: a user without a role is refused (403) with a Chinese explanation.</summary>
    private static readonly Dictionary<string, int> RefusedOnPurpose = new(StringComparer.Ordinal) { ["/no-access"] = 403 };

    [Fact]
    public async Task Every_page_fits_a_desk_and_a_phone_with_a_clean_console_and_no_serious_accessibility_violation()
    {
        await using var portal = LoopbackPortal.Start();
        await using var browser = await BrowserSession.StartAsync();
        await PortalSetup.CreateMonthlyYearAsync(portal, browser, 2021);
        var project = await ChildProtectionProjectAsync(portal);
        var problems = new List<string>();

        foreach (var group in Stops(project).GroupBy(s => s.User))
        {
            foreach (var width in Widths)
            {
                var page = await browser.NewUserAsync(width);
                var console = new List<string>();
                var expected = 200;
                page.Console += (_, message) =>
                {
                    // Chromium reports a page answered with an error status as a console error too.
                    var expectedStatus = expected != 200 && message.Text.Contains($"status of {expected}", StringComparison.Ordinal);
                    if (message.Type is "error" or "warning" && !expectedStatus && !message.Text.Contains("DevTools", StringComparison.Ordinal))
                        console.Add($"{message.Type}: {message.Text}");
                };
                page.RequestFailed += (_, request) => console.Add($"failed request: {request.Method} {request.Url} {request.Failure}");
                page.Response += (_, response) =>
                {
                    if (response.Status >= 400 && !(response.Request.IsNavigationRequest && response.Status == expected))
                        console.Add($"{response.Status} {response.Url}");
                };
                await page.GotoAsync(portal.Url($"/dev/login?user={group.Key}&returnUrl=/account/signed-out"));

                foreach (var (user, path) in group)
                {
                    console.Clear();
                    expected = RefusedOnPurpose.GetValueOrDefault(path, 200);
                    var name = $"tour-{width}-{user}-{Slug(path)}";
                    try
                    {
                        await VisitAsync(page, portal.Url(path));
                        var scroll = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
                        if (scroll[0] > scroll[1])
                            problems.Add($"{name}: the page scrolls sideways ({scroll[0]} px wide in {scroll[1]} px)");
                        var header = await page.EvaluateAsync<int>("() => Math.round(document.querySelector('.mud-appbar')?.getBoundingClientRect().height ?? 0)");
                        if (header > 64)
                            problems.Add($"{name}: the header wraps ({header} px high)");
                        if (width == 1440 && path.StartsWith("/social-assistance", StringComparison.Ordinal) && !await StatusColumnInViewAsync(page))
                            problems.Add($"{name}: the project list's 状态 column is hidden behind a sideways scroll");
                        problems.AddRange((await BrowserSupport.SeriousViolationsAsync(page)).Select(v => $"{name}: axe {v}"));
                        problems.AddRange(console.Select(c => $"{name}: {c}"));
                        TestContext.Current.SendDiagnosticMessage($"visited {name}");
                    }
                    catch (Exception exception) when (exception is PlaywrightException or TimeoutException)
                    {
                        problems.Add($"{name}: {exception.Message}");
                    }
                    finally
                    {
                        await BrowserSupport.ScreenshotAsync(page, name);
                    }
                }

                await page.Context.CloseAsync();
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>Whether the project list's 状态 header ends inside the table's box, so 序时进度, 滞后 and 状态 are seen without scrolling.</summary>
    private static Task<bool> StatusColumnInViewAsync(IPage page) => page.EvaluateAsync<bool>("""
        () => {
            const header = document.querySelector('[data-testid=status-header]');
            const box = header?.closest('.mud-table-container');
            return !!box && header.getBoundingClientRect().right <= box.getBoundingClientRect().right + 1;
        }
        """);

    /// <summary>Opens a page and, if it has live parts, waits until they are connected.</summary>
    private static async Task VisitAsync(IPage page, string url)
    {
        var response = await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        var html = response is null ? string.Empty : await response.TextAsync();
        if (html.Contains("<!--Blazor:{", StringComparison.Ordinal) && html.Contains("\"type\":\"server\"", StringComparison.Ordinal))
            await BrowserSupport.WaitUntilInteractiveAsync(page);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    private static async Task<Guid> ChildProtectionProjectAsync(LoopbackPortal portal)
    {
        await using var db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite($"Data Source={portal.DatabasePath}").Options);
        return await db.Set<Portal.Domain.SocialAssistance.Project>().Where(p => p.Order == 9).Select(p => p.Id).FirstAsync();
    }

    private static string Slug(string path)
    {
        var slug = new string(path.Trim('/').Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        slug = System.Text.RegularExpressions.Regex.Replace(slug, "-+", "-");
        // A project's id says nothing to a person looking at the screenshots.
        slug = System.Text.RegularExpressions.Regex.Replace(slug, "projects-[0-9a-f]{8}-[0-9a-f-]{27}", "projects-detail");
        return slug.Length == 0 ? "home" : slug;
    }
}
