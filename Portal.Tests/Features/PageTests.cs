using AngleSharp.Dom;
using Bunit;
using Portal.Components.Pages;
using Portal.Components.Pages.ChildProtection;
using Portal.Components.Pages.ElderlySubsidy;
using Portal.Components.Pages.SocialAssistance;
using Portal.Tests.Support;

namespace Portal.Tests.Features;

/// <summary>The four pages of the foundation, rendered against the seeded 2020 year.</summary>
public sealed class PageTests
{
    [Fact]
    public async Task Overview_shows_the_received_money_its_two_blocks_and_what_is_unallocated()
    {
        await using var database = await TestDatabase.SeededAsync();
        await database.RegisterAsync("manager");
        await using var context = PortalPages.Create(database, "/?year=2020");

        var page = context.Render<Home>();

        page.WaitForAssertion(() => Assert.Contains("2020 年福彩公益金总览", page.Find("h1").TextContent, StringComparison.Ordinal));
        Assert.Equal("11,416.76", Amount(page.Find("[data-testid=received]")));
        Assert.Equal("10,124.76", Amount(page.Find("[data-testid=elderly-block]")));
        Assert.Equal("1,292", Amount(page.Find("[data-testid=factor-block]")));
        Assert.Equal("1,292", page.Find("[data-testid=allocated]").TextContent.Trim());
        Assert.Equal("0", page.Find("[data-testid=unallocated]").TextContent.Trim());
        Assert.Equal("494.599", page.Find("[data-testid=spent]").TextContent.Trim());
        Assert.Equal("797.401", page.Find("[data-testid=carry-over]").TextContent.Trim());
        Assert.Contains("1,053,481", page.Find("[data-testid=elderly-summary]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_of_a_year_that_does_not_exist_says_so()
    {
        await using var database = await TestDatabase.SeededAsync();
        await database.RegisterAsync("manager");
        await using var context = PortalPages.Create(database, "/?year=2019");

        var page = context.Render<Home>();

        page.WaitForAssertion(() => Assert.Contains("没有 2019 年的资金数据", page.Find("[data-testid=year-not-found]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=received]"));
    }

    [Fact]
    public async Task Elderly_subsidies_show_both_subsidies_with_every_digit_and_the_disability_care_flag()
    {
        await using var database = await TestDatabase.SeededAsync();
        await database.RegisterAsync("manager");
        await using var context = PortalPages.Create(database, "/elderly-subsidies?year=2020");

        var page = context.Render<SubsidyTotalsList>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=subsidy-row]").Count));
        var rows = page.FindAll("[data-testid=subsidy-row]").Select(Cells).ToList();
        var disability = rows.Single(r => r[0] == "失能老年人护理补贴");
        var advancedAge = rows.Single(r => r[0] == "高龄津贴");
        Assert.Equal(("全区", "全年", "已审核", "176,086", "11,652.751", "661.76"), (disability[1], disability[2], disability[3], disability[4], disability[7], disability[8]));
        Assert.Contains("超出标准", disability[10], StringComparison.Ordinal);
        Assert.Equal(("877,395", "14,493.467", "正常"), (advancedAge[4], advancedAge[7], advancedAge[10]));
        Assert.Single(page.FindAll("[data-testid=rate-flag]"));
        Assert.Equal("10,124.76", Amount(page.Find("[data-testid=lottery]")));
        Assert.Equal("0", Amount(page.Find("[data-testid=lottery-left]")));
        Assert.Equal(6, page.FindAll("[data-testid=subsidy-rates] tbody tr").Count);
    }

    [Fact]
    public async Task Social_assistance_lists_the_ten_projects_numbered_from_the_data_with_totals()
    {
        await using var database = await TestDatabase.SeededAsync();
        await database.RegisterAsync("manager");
        await using var context = PortalPages.Create(database, "/social-assistance?year=2020");

        var page = context.Render<ProjectsList>();

        page.WaitForAssertion(() => Assert.Equal(10, page.FindAll("[data-testid=project-row]").Count));
        var rows = page.FindAll("[data-testid=project-row]").Select(Cells).ToList();
        Assert.Equal(["（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）", "（八）", "（九）", "（十）"], rows.Select(r => r[0]));
        Assert.Equal(["750", "70.815", "32.769", "42.848", "42", "44.68", "15", "143.5", "134.69", "15.698"], rows.Select(r => r[4]));
        Assert.Equal(("428.39", "321.61"), (rows[0][5], rows[0][6]));
        Assert.Equal(("33.44", "37.375"), (rows[1][5], rows[1][6]));
        Assert.Equal("未实施", rows[5][10]);
        Assert.Equal("滞后，未说明原因", rows[5][9]);
        Assert.Equal("正常", rows[2][9]);
        Assert.Equal(4, page.FindAll("[data-testid=subproject-schedule-row]").Count);
        Assert.Equal("2020 年 4 月 1 日-10 月 31 日", rows[4][3]);
        var total = Cells(page.Find("[data-testid=projects-total]"));
        Assert.Equal(("1,292", "494.599", "797.401"), (total[1], total[2], total[3]));
        Assert.Equal("0", Amount(page.Find("[data-testid=unallocated]")));
    }

    [Fact]
    public async Task Child_protection_shows_four_subprojects_and_the_four_children_s_home_streets()
    {
        await using var database = await TestDatabase.SeededAsync();
        await database.RegisterAsync("manager");
        await using var context = PortalPages.Create(database, "/child-protection?year=2020");

        var page = context.Render<SubprojectsList>();

        page.WaitForAssertion(() => Assert.Equal(4, page.FindAll("[data-testid=subproject-row]").Count));
        var subprojects = page.FindAll("[data-testid=subproject-row]").Select(Cells).ToList();
        Assert.Equal(["儿童之家项目", "困境儿童巡视探访项目", "基层队伍建设培训项目", "生活无着儿童康复手术项目"], subprojects.Select(r => r[1]));
        Assert.Equal(["75", "26.88", "23.595", "9.215"], subprojects.Select(r => r[3]));
        Assert.Equal("134.69", Cells(page.Find("[data-testid=subprojects-total]"))[1]);
        Assert.Contains("尚未分配：0 万元", page.Find("[data-testid=project-unassigned]").TextContent, StringComparison.Ordinal);
        var shares = page.FindAll("[data-testid=share-row]").Select(Cells).ToDictionary(r => r[0], r => r[1]);
        Assert.Equal(new Dictionary<string, string> { ["西长安街街道"] = "10", ["新街口街道"] = "50", ["德胜街道"] = "5", ["牛街街道"] = "10" }, shares);
        Assert.Equal(3, page.FindAll("[data-testid=indicators] tbody tr").Count);
    }

    private static string Amount(IElement card) => card.QuerySelector(".money")!.TextContent.Trim();

    private static string[] Cells(IElement row) => row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray();
}
