using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Tests.Support;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// The pictures of docs/user-guide.zh.md are taken here, from the portal as a street officer and a manager use
/// it. Every run takes them (into TestResults/user-guide); with PORTAL_UPDATE_USER_GUIDE=1 they replace the
/// guide's own, which is how the guide follows the screens: a picture differs a little from run to run (a
/// caret, a time of day), so an ordinary test run leaves the repository as it was. The guide shows exactly the
/// pictures taken here, no more and no fewer.
/// </summary>
public sealed partial class UserGuideTests
{
    private static readonly string Guide = Path.Combine(RepositoryRoot.Path, "docs", "user-guide.zh.md");

    private static readonly string GuidePictures = Path.Combine(RepositoryRoot.Path, "docs", "user-guide");

    private static readonly string Pictures = Environment.GetEnvironmentVariable("PORTAL_UPDATE_USER_GUIDE") == "1"
        ? GuidePictures
        : Path.Combine(AppContext.BaseDirectory, "TestResults", "user-guide");

    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    [Fact]
    public async Task The_guide_s_pictures_are_taken_from_the_portal_as_an_officer_and_a_manager_use_it()
    {
        await using var portal = LoopbackPortal.Start();
        await using var browser = await BrowserSession.StartAsync();
        var manager = await browser.NewUserAsync(width: 1440);
        var officer = await browser.NewUserAsync(width: 1280);
        Directory.CreateDirectory(Pictures);

        try
        {
            // A manager opens 2021, whose months the street files.
            await PortalSetup.CreateMonthlyYearAsync(portal, manager, 2021);

            // The street officer: the street's page, a month typed, saved and submitted.
            await officer.GotoAsync(portal.Url("/dev/login?user=staff-xinjiekou&returnUrl=" + Uri.EscapeDataString("/streets/xinjiekou?year=2021")));
            await Assertions.Expect(officer.Locator("h1")).ToContainTextAsync("新街口街道");
            await PageAsync(officer, "street-home");

            await officer.GotoAsync(portal.Url("/streets/xinjiekou/elderly-subsidies?year=2021&month=1"));
            await BrowserSupport.WaitUntilInteractiveAsync(officer);
            await MonthEntryPage.FillLineAsync(officer, "advanced-age", "1,200", "120,000", "30,000");
            await MonthEntryPage.FillLineAsync(officer, "disability-care", "300", "60,000", "0");
            await Assertions.Expect(officer.Locator("[data-testid=entry-line][data-subsidy=advanced-age]")).ToContainTextAsync("= 3 万元");
            await PartAsync(officer, "[data-testid=month-editor]", "entry-month-typed");
            await officer.Locator("[data-testid=submit-month]").ClickAsync();
            await Assertions.Expect(officer.Locator("[data-testid=month-submitted]")).ToBeVisibleAsync();
            await PartAsync(officer, "[data-testid=entry-months]", "entry-months");
            await PartAsync(officer, "[data-testid=month-editor]", "entry-month-submitted");

            // The manager returns the month with a reason; the officer sees it.
            await manager.GotoAsync(portal.Url("/elderly-subsidies/review?year=2021"));
            await BrowserSupport.WaitUntilInteractiveAsync(manager);
            var row = manager.Locator("[data-testid=review-row][data-month='1']");
            await row.Locator("[data-testid=return-comment]").FillAsync("高龄津贴人次与系统导出不符，请核对");
            await PageAsync(manager, "review-queue");
            await row.Locator("[data-testid=return]").ClickAsync();
            await Assertions.Expect(manager.Locator("[data-testid=review-row]")).ToHaveCountAsync(0);

            await officer.ReloadAsync();
            await BrowserSupport.WaitUntilInteractiveAsync(officer);
            await Assertions.Expect(officer.Locator("[data-testid=review-comment]")).ToContainTextAsync("请核对");
            await PartAsync(officer, "[data-testid=month-editor]", "entry-month-returned");

            // On a phone: the same month, typed into.
            await officer.SetViewportSizeAsync(390, 844);
            await officer.ReloadAsync();
            await BrowserSupport.WaitUntilInteractiveAsync(officer);
            await officer.Locator("[data-testid=month-editor]").ScrollIntoViewIfNeededAsync();
            await ShotAsync(officer, "entry-month-phone", () => officer.ScreenshotAsync(new PageScreenshotOptions { Path = PicturePath("entry-month-phone") }));

            // The manager: the overview, a project's forms, the public report and the backups (2020, the seeded year).
            await manager.GotoAsync(portal.Url("/?year=2020"));
            await Assertions.Expect(manager.Locator("h1")).ToContainTextAsync("2020 年福彩公益金总览");
            await PageAsync(manager, "dashboard");

            await manager.GotoAsync(portal.Url("/social-assistance?year=2020"));
            await manager.Locator("[data-testid=project-row]").Nth(8).Locator("a").ClickAsync();
            await Assertions.Expect(manager.Locator("[data-testid=project-title]")).ToContainTextAsync("（九）");
            await BrowserSupport.WaitUntilInteractiveAsync(manager);
            await manager.Locator("[data-testid=action-lag]").ClickAsync();
            await Assertions.Expect(manager.Locator("[data-testid=form-lag]")).ToBeVisibleAsync();
            await PartAsync(manager, "[data-testid=project-actions]", "project-actions");

            await manager.GotoAsync(portal.Url("/reports/2020"));
            await Assertions.Expect(manager.Locator("[data-testid=report]")).ToBeVisibleAsync();
            await PageAsync(manager, "report");

            await manager.GotoAsync(portal.Url("/admin/backups"));
            await manager.Locator("[data-testid=take-backup]").ClickAsync();
            await Assertions.Expect(manager.Locator("[data-testid=backup-taken]")).ToBeVisibleAsync();
            await PageAsync(manager, "backup");
        }
        catch
        {
            await BrowserSupport.ScreenshotAsync(officer, "user-guide-officer");
            await BrowserSupport.ScreenshotAsync(manager, "user-guide-manager");
            throw;
        }

        var shown = PictureReference().Matches(await File.ReadAllTextAsync(Guide, TestContext.Current.CancellationToken))
            .Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(_taken.Order(StringComparer.Ordinal), shown.Order(StringComparer.Ordinal));
        Assert.All(_taken, name => Assert.True(new FileInfo(PicturePath(name)).Length > 10_000, name));
        Assert.All(shown, name => Assert.True(File.Exists(Path.Combine(GuidePictures, name + ".png")), $"docs/user-guide/{name}.png is missing: run the test with PORTAL_UPDATE_USER_GUIDE=1"));
    }

    /// <summary>The window as the user sees it, without scrolling.</summary>
    private Task PageAsync(IPage page, string name) =>
        ShotAsync(page, name, () => page.ScreenshotAsync(new PageScreenshotOptions { Path = PicturePath(name) }));

    /// <summary>One part of the page, whole.</summary>
    private Task PartAsync(IPage page, string selector, string name) =>
        ShotAsync(page, name, () => page.Locator(selector).ScreenshotAsync(new LocatorScreenshotOptions { Path = PicturePath(name) }));

    private async Task ShotAsync(IPage page, string name, Func<Task<byte[]>> take)
    {
        // The snackbar of the last save is not part of what the guide explains.
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToHaveCountAsync(0, new() { Timeout = 15_000 });
        await take();
        _taken.Add(name);
    }

    private static string PicturePath(string name) => Path.Combine(Pictures, name + ".png");

    [GeneratedRegex(@"\]\(user-guide/(?<name>[a-z0-9-]+)\.png\)")]
    private static partial Regex PictureReference();
}
