using Bunit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Portal.Components.Layout;
using Portal.Components.Pages.ElderlySubsidy;
using Portal.Components.Pages.Help;
using Portal.Features.FundYears;
using Portal.Security;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Help;

/// <summary>使用说明: a page per role, reached from the menu and from hints on the entry and review pages.</summary>
public sealed class HelpPageTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.SeededAsync();
        await _database.RegisterAsync("manager");
        await _database.RegisterAsync("officer", "xinjiekou");
        await using var manager = new ServiceHarness(_database, ServiceHarness.Principal("manager", PortalRoles.Manager));
        Assert.True((await manager.Get<FundYearAdminService>().CreateYearAsync(new NewFundYear("2021", "10160", "9960", "200", "2022-02-28"))).IsSuccess);
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task The_street_guide_walks_through_filing_a_month_a_returned_month_and_a_correction_by_reversal()
    {
        await using var context = PortalPages.Create(_database, "/help/street", "officer", PortalRoles.StreetStaff);

        var page = context.Render<StreetHelp>();

        Assert.Contains("提交审核", page.Find("[data-testid=help-file-month]").TextContent, StringComparison.Ordinal);
        Assert.Contains("保存草稿", page.Find("[data-testid=help-file-month]").TextContent, StringComparison.Ordinal);
        Assert.Contains("退回意见", page.Find("[data-testid=help-returned]").TextContent, StringComparison.Ordinal);
        Assert.Contains("冲销并更正", page.Find("[data-testid=help-reversal]").TextContent, StringComparison.Ordinal);
        Assert.Equal(3, page.FindAll("section h2").Count);
    }

    [Fact]
    public async Task The_manager_guide_covers_review_correction_publishing_and_backups_and_links_the_street_guide()
    {
        await using var context = PortalPages.Create(_database, "/help/manager");

        var page = context.Render<ManagerHelp>();

        Assert.Contains("已退回", page.Find("[data-testid=help-review]").TextContent, StringComparison.Ordinal);
        Assert.Contains("另一位管理人员", page.Find("[data-testid=help-review]").TextContent, StringComparison.Ordinal);
        Assert.Contains("冲销", page.Find("[data-testid=help-reversal]").TextContent, StringComparison.Ordinal);
        Assert.Contains("发布本版本", page.Find("[data-testid=help-publish]").TextContent, StringComparison.Ordinal);
        Assert.Contains("立即备份", page.Find("[data-testid=help-backup]").TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Find("a[href='/help/street']"));
    }

    [Theory]
    [InlineData("officer", PortalRoles.StreetStaff, "/help/street")]
    [InlineData("manager", PortalRoles.Manager, "/help/manager")]
    public async Task The_menu_links_each_role_to_its_own_guide(string user, string role, string guide)
    {
        // The menu's sections are shown by the portal's own policies, not bUnit's stand-in policy provider.
        await using var context = PortalPages.Create(_database, "/?year=2021", user, role,
            services => services.AddSingleton<IAuthorizationPolicyProvider, DefaultAuthorizationPolicyProvider>());

        var menu = context.Render<NavMenu>();

        menu.WaitForAssertion(() => Assert.Equal([guide], menu.FindAll("[data-testid=nav-help]").Select(a => a.GetAttribute("href"))));
        Assert.Contains("使用说明", menu.Find("[data-testid=nav-help]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_entry_and_review_pages_carry_a_short_hint_that_links_their_guide()
    {
        await using var entryContext = PortalPages.Create(_database, "/streets/xinjiekou/elderly-subsidies?year=2021&month=1", "officer", PortalRoles.StreetStaff).WithIslands();
        var entry = entryContext.Render<MonthlyEntry>(p => p.Add(x => x.StreetCode, "xinjiekou"));
        var entryHint = entry.WaitForElement("[data-testid=entry-hint]");
        Assert.Contains("提交审核", entryHint.TextContent, StringComparison.Ordinal);
        Assert.Equal("/help/street", entryHint.QuerySelector("a")!.GetAttribute("href"));

        await using var reviewContext = PortalPages.Create(_database, "/elderly-subsidies/review?year=2021");
        var review = reviewContext.Render<SubsidyReview>();
        var reviewHint = review.WaitForElement("[data-testid=review-hint]");
        Assert.Contains("另一位管理人员", reviewHint.TextContent, StringComparison.Ordinal);
        Assert.Equal("/help/manager", reviewHint.QuerySelector("a")!.GetAttribute("href"));
    }
}
