using Bunit;
using Microsoft.EntityFrameworkCore;
using Portal.Components.Pages.Projects;
using Portal.Domain.SocialAssistance;
using Portal.Features.FundYears;
using Portal.Security;
using Portal.Tests.Support;

namespace Portal.Tests.Features.SocialAssistance;

/// <summary>新建项目 offers the areas (领域) the manager's district lists, in its order, and no other district's.</summary>
public sealed class ProjectCreatePageTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.SeededAsync();
        Assert.True((await SecondDistrict.AddAsync(_database)).IsSuccess);
        await _database.RegisterAsync("manager");
        await _database.RegisterAsync("manager-dongcheng", null, SecondDistrict.Code);
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task The_area_list_is_the_districts_own_and_a_project_is_saved_in_the_area_chosen()
    {
        await using (var setup = new ServiceHarness(_database, ServiceHarness.Principal("manager-dongcheng", PortalRoles.Manager)))
            Assert.True((await setup.Get<FundYearAdminService>().CreateYearAsync(new NewFundYear("2021", "100", "0", "100", "2022-02-28"))).IsSuccess);
        await using var context = PortalPages.Create(_database, "/projects/new?year=2021", "manager-dongcheng", PortalRoles.Manager);
        var root = context.Render<ProjectCreate>();

        root.WaitForAssertion(() => Assert.Equal(["社会救助", "养老服务"], Areas(root)));
        root.Find("[data-testid=input-area]").Change("1");
        root.Find("[data-testid=input-name]").Change("老年餐桌");
        root.Find("[data-testid=input-allocation]").Change("20");
        root.Find("[data-testid=input-cycle-start]").Change("2021-01-01");
        root.Find("[data-testid=input-cycle-end]").Change("2021-12-31");
        root.Find("[data-testid=save-project]").Click();

        await using var db = _database.CreateDbContext();
        root.WaitForAssertion(() => Assert.Equal("elderly-welfare", db.Set<Project>().AsNoTracking().AsEnumerable().SingleOrDefault(p => p.Name == "老年餐桌")?.Area.Code));
    }

    [Fact]
    public async Task Xicheng_s_manager_is_offered_xicheng_s_areas()
    {
        await using var context = PortalPages.Create(_database, "/projects/new?year=2020", "manager", PortalRoles.Manager);
        var root = context.Render<ProjectCreate>();

        root.WaitForAssertion(() => Assert.Equal(["社会救助", "儿童保护"], Areas(root)));
    }

    /// <summary>The choices of the area select, as the user reads them.</summary>
    private static List<string> Areas(IRenderedComponent<ProjectCreate> page) =>
        page.FindAll("[data-testid=input-area] option").Select(o => o.TextContent).ToList();
}
