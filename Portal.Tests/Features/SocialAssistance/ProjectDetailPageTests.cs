using AngleSharp.Dom;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Portal.Components.Pages.Projects;
using Portal.Domain.SocialAssistance;
using Portal.Tests.Support;

namespace Portal.Tests.Features.SocialAssistance;

/// <summary>The project page refuses what breaks a funding rule, says why in Chinese, and keeps what was typed.</summary>
public sealed class ProjectDetailPageTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private Guid _tracking;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.SeededAsync();
        await _database.RegisterAsync("manager");
        await using var db = _database.CreateDbContext();
        _tracking = await db.Set<Project>().Where(p => p.Order == 10).Select(p => p.Id).SingleAsync();
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Spending_above_the_allocation_is_refused_next_to_the_amount_and_the_input_stays()
    {
        await using var context = PortalPages.Create(_database, $"/projects/{_tracking}").WithIslands();
        var page = context.Render<ProjectDetail>(p => p.Add(x => x.ProjectId, _tracking));
        Open(page, "spending");

        Input(page, "spending-date").Change("2020-06-01");
        Input(page, "spending-amount").Change("20");
        page.Find("[data-testid=add-spending]").Click();

        page.WaitForAssertion(() => Assert.Contains("支出 20 万元超过可用额度 15.698 万元", page.Find("[data-testid=spending-form]").TextContent, StringComparison.Ordinal));
        Assert.Equal("20", Input(page, "spending-amount").GetAttribute("value"));
        Assert.Equal("0", page.Find("[data-testid=project-spent] .money").TextContent.Trim());
    }

    [Fact]
    public async Task Spending_dated_outside_the_cycle_is_refused_next_to_the_date()
    {
        await using var context = PortalPages.Create(_database, $"/projects/{_tracking}").WithIslands();
        var page = context.Render<ProjectDetail>(p => p.Add(x => x.ProjectId, _tracking));
        Open(page, "spending");

        Input(page, "spending-date").Change("2019-12-31");
        Input(page, "spending-amount").Change("0.1");
        page.Find("[data-testid=add-spending]").Click();

        page.WaitForAssertion(() => Assert.Contains("支出日期 2019-12-31 早于项目周期", page.Find("[data-testid=spending-form]").TextContent, StringComparison.Ordinal));
        Assert.Equal("2019-12-31", Input(page, "spending-date").GetAttribute("value"));
    }

    [Fact]
    public async Task An_allocation_beyond_the_factor_block_is_refused_next_to_the_allocation_and_a_valid_spending_is_shown()
    {
        await using var context = PortalPages.Create(_database, $"/projects/{_tracking}").WithIslands();
        var page = context.Render<ProjectDetail>(p => p.Add(x => x.ProjectId, _tracking));
        Open(page, "edit");

        var allocation = page.Find("[data-testid=form-edit] [data-testid=input-allocation]");
        allocation.Change("15.698001");
        page.Find("[data-testid=form-edit] [data-testid=save-project]").Click();

        page.WaitForAssertion(() => Assert.Contains("分配 0.000001 万元超过因素法分配资金尚未安排的 0 万元", page.Find("[data-testid=form-edit]").TextContent, StringComparison.Ordinal));
        Assert.Equal("15.698001", page.Find("[data-testid=form-edit] [data-testid=input-allocation]").GetAttribute("value"));

        Open(page, "spending");
        Input(page, "spending-date").Change("2021-01-15");
        Input(page, "spending-amount").Change("１５．６９８");
        page.Find("[data-testid=add-spending]").Click();
        page.WaitForAssertion(() => Assert.Contains("/projects/", context.Services.GetRequiredService<BunitNavigationManager>().History.First().Uri, StringComparison.Ordinal));

        // The island asks for the page again (an enhanced refresh in the browser); here the page is rendered again.
        page.Render();
        page.WaitForAssertion(() => Assert.Equal("15.698", page.Find("[data-testid=project-spent] .money").TextContent.Trim()));
        Assert.Single(page.FindAll("[data-testid=spending-row]"));
        Assert.Equal("", Input(page, "spending-amount").GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task A_lag_is_explained_for_the_subproject_chosen_and_a_choice_the_select_never_offered_changes_nothing()
    {
        Guid children;
        await using (var db = _database.CreateDbContext())
            children = await db.Set<Project>().Where(p => p.Order == 9).Select(p => p.Id).SingleAsync();
        await using var context = PortalPages.Create(_database, $"/projects/{children}").WithIslands();
        var page = context.Render<ProjectDetail>(p => p.Add(x => x.ProjectId, children));
        Open(page, "lag");
        var target = Input(page, "lag-target");
        Assert.Equal("本项目", target.QuerySelectorAll("option")[0].TextContent);
        var second = target.QuerySelectorAll("option")[2].TextContent;

        // What a tampered page could send: not a position the select offered.
        foreach (var forged in new[] { "99", "-1", "2 ", "一" })
        {
            Input(page, "lag-target").Change(forged);
            Assert.Equal("0", Input(page, "lag-target").GetAttribute("value"));
        }

        Input(page, "lag-target").Change("2");
        Input(page, "lag-reason").Change("街道排查尚未完成");
        Input(page, "lag-measure").Change("十一月底前完成");
        page.Find("[data-testid=save-lag]").Click();

        await using var check = _database.CreateDbContext();
        page.WaitForAssertion(() =>
        {
            var project = check.Set<Project>().AsNoTracking().Include(p => p.Subprojects).Single(p => p.Id == children);
            var explained = Assert.Single(project.Subprojects, s => s.Lag is not null);
            Assert.Contains(explained.Name, second, StringComparison.Ordinal);
            Assert.Equal(("街道排查尚未完成", "十一月底前完成"), (explained.Lag!.Reason, explained.Lag.CorrectiveMeasure));
            Assert.Null(project.Lag);
        });
        Assert.Equal("textarea", Input(page, "lag-reason").TagName, ignoreCase: true);
        Assert.Equal("2000", Input(page, "lag-reason").GetAttribute("maxlength"));
    }

    /// <summary>Opens one of the island's forms by its button, as a manager does.</summary>
    private static void Open(IRenderedComponent<ProjectDetail> page, string action)
    {
        page.WaitForElement($"[data-testid=action-{action}]").Click();
        page.WaitForElement($"[data-testid=form-{action}]:not([hidden])");
    }

    private static IElement Input(IRenderedComponent<ProjectDetail> page, string testId) =>
        page.Find($"[data-testid={testId}]");
}
