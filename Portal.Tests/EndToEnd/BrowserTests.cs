using Microsoft.Playwright;

namespace Portal.Tests.EndToEnd;

/// <summary>The portal in Debian's Chromium, the way a bureau user meets it.</summary>
public sealed class BrowserTests
{
    [Fact]
    public async Task A_manager_signs_in_from_the_list_and_moves_between_the_areas()
    {
        await using var portal = LoopbackPortal.Start();
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewUserAsync();

        try
        {
            await page.GotoAsync(portal.Url("/social-assistance"));
            await page.Locator("[data-testid=demo-user-manager]").ClickAsync();
            await page.WaitForURLAsync("**/social-assistance");
            await BrowserSupport.WaitUntilInteractiveAsync(page);
            Assert.Equal(10, await page.Locator("[data-testid=project-row]").CountAsync());

            await page.GetByRole(AriaRole.Link, new() { Name = "总览" }).ClickAsync();
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
            await Assertions.Expect(page.Locator("[data-testid=received] .money")).ToHaveTextAsync("11,416.76");
            await Assertions.Expect(page.Locator("[data-testid=current-user]")).ToContainTextAsync("区民政局管理人员");

            await page.GetByRole(AriaRole.Link, new() { Name = "儿童保护" }).ClickAsync();
            await Assertions.Expect(page.Locator("[data-testid=share-row]")).ToHaveCountAsync(4);
            await BrowserSupport.WaitUntilInteractiveAsync(page);

            await page.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();
            await page.WaitForURLAsync("**/dev/login");
            await page.GotoAsync(portal.Url("/"));
            await Assertions.Expect(page.Locator("[data-testid=demo-users]")).ToBeVisibleAsync();
        }
        catch
        {
            await BrowserSupport.ScreenshotAsync(page, nameof(A_manager_signs_in_from_the_list_and_moves_between_the_areas));
            throw;
        }
    }

    [Fact]
    public async Task On_the_static_dashboard_the_menu_folds_the_drawer_and_the_year_form_asks_for_the_year_without_a_circuit()
    {
        await using var portal = LoopbackPortal.Start();
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewUserAsync();

        try
        {
            await page.GotoAsync(portal.Url("/dev/login?user=manager&returnUrl=/"));
            // A static page is usable as soon as it has loaded: there is no circuit to wait for.
            await page.WaitForLoadStateAsync(LoadState.Load);
            var drawer = page.Locator(".mud-drawer");
            await Assertions.Expect(drawer).ToBeVisibleAsync();

            await page.Locator("[aria-label=菜单]").ClickAsync();
            await Assertions.Expect(drawer).ToBeHiddenAsync();
            await page.Locator("[aria-label=菜单]").ClickAsync();
            await Assertions.Expect(drawer).ToBeVisibleAsync();

            await page.Locator("[data-testid=year-selector] select").SelectOptionAsync("2020");
            await page.WaitForURLAsync(url => new Uri(url).Query == "?year=2020");
            await Assertions.Expect(page.Locator("[data-testid=received] .money")).ToHaveTextAsync("11,416.76");
            Assert.Equal(0, await page.Locator("[data-testid=interactive]").CountAsync());
        }
        catch
        {
            await BrowserSupport.ScreenshotAsync(page, nameof(On_the_static_dashboard_the_menu_folds_the_drawer_and_the_year_form_asks_for_the_year_without_a_circuit));
            throw;
        }
    }
}
