using Bunit;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
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
        var (root, select) = RenderWithPopovers(context);

        await root.InvokeAsync(select.Instance.OpenMenu);

        root.WaitForAssertion(() => Assert.Equal(["社会救助", "养老服务"], root.FindComponents<MudSelectItem<ProjectArea>>().Select(i => Text(i.Markup)).Where(t => t.Length > 0)));
        await root.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(new ProjectArea("elderly-welfare")));
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
        var (root, select) = RenderWithPopovers(context);

        await root.InvokeAsync(select.Instance.OpenMenu);

        root.WaitForAssertion(() => Assert.Equal(["社会救助", "儿童保护"], root.FindComponents<MudSelectItem<ProjectArea>>().Select(i => Text(i.Markup)).Where(t => t.Length > 0)));
    }

    /// <summary>The page under a popover provider, which shows the select's items once it is opened.</summary>
    private static (IRenderedComponent<Bunit.Rendering.ContainerFragment> Root, IRenderedComponent<MudSelect<ProjectArea>> Select) RenderWithPopovers(BunitContext context)
    {
        var root = context.Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<ProjectCreate>(1);
            builder.CloseComponent();
        });
        return (root, root.FindComponent<MudSelect<ProjectArea>>());
    }

    /// <summary>An item's text; the select also renders each item once more, empty, to register it.</summary>
    private static string Text(string markup) => System.Text.RegularExpressions.Regex.Replace(markup, "<[^>]+>", string.Empty).Trim();
}
