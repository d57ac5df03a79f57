using Bunit;
using Microsoft.EntityFrameworkCore;
using Portal.Components.Pages.FundYears;
using Portal.Components.Pages.Projects;
using Portal.Domain.SocialAssistance;
using Portal.Tests.Support;

namespace Portal.Tests.Features;

/// <summary>
/// Every text field stops input at a limit as it is typed, and the limit is the domain's, so what fits in
/// the field can be saved (a field without one used to take half a megabyte).
/// </summary>
public sealed class TextLimitTests
{
    [Fact]
    public async Task Every_field_of_a_project_page_has_the_domains_limit()
    {
        await using var database = await TestDatabase.SeededAsync();
        await database.RegisterAsync("manager");
        Guid tracking;
        await using (var db = database.CreateDbContext())
            tracking = await db.Set<Project>().Where(p => p.Order == 10).Select(p => p.Id).SingleAsync();
        await using var context = PortalPages.Create(database, $"/projects/{tracking}").WithIslands();

        var page = context.Render<ProjectDetail>(p => p.Add(x => x.ProjectId, tracking));
        // The island builds a form when it is first asked for: open every one.
        page.WaitForElement("[data-testid=action-spending]");
        for (var i = 0; i < page.FindAll("[data-testid^=action-]").Count; i++)
        {
            page.FindAll("[data-testid^=action-]")[i].Click();
            page.WaitForElement("[data-testid^=form-]:not([hidden])");
        }

        page.WaitForElement("[data-testid=form-edit] [data-testid=input-name]");
        var fields = page.FindAll("input:not([type=hidden]):not([type=checkbox]):not([type=radio]), textarea")
            .Where(f => !f.ClassList.Contains("mud-select-input") && f.GetAttribute("readonly") is null)
            .ToList();
        Assert.NotEmpty(fields);
        Assert.All(fields, f => Assert.True(int.TryParse(f.GetAttribute("maxlength"), out var max) && max <= ProjectDetails.NarrativeMaxLength, f.OuterHtml[..Math.Min(200, f.OuterHtml.Length)]));
        Assert.Equal(ProjectDetails.NameMaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture), page.Find("[data-testid=form-edit] [data-testid=input-name]").GetAttribute("maxlength"));
        Assert.Contains(page.FindAll("textarea"), t => t.GetAttribute("maxlength") == ProjectDetails.NarrativeMaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Every_field_of_the_new_fund_year_form_has_a_limit()
    {
        await using var database = await TestDatabase.SeededAsync();
        await database.RegisterAsync("manager");
        await using var context = PortalPages.Create(database, "/fund-years/new");

        var page = context.Render<FundYearCreate>();
        page.WaitForElement("[data-testid=input-year]");

        Assert.All(page.FindAll("input:not([type=hidden])"), f => Assert.Equal("30", f.GetAttribute("maxlength")));
    }
}
