using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Portal.Components.Pages.City;
using Portal.Domain.Common;
using Portal.Security;
using Portal.Tests.Support;

namespace Portal.Tests.Features.City;

/// <summary>
/// 新增区: the city administrator sets a district up on the page through the same function as
/// <c>add-district</c>; bad input is refused in Chinese next to what it is about and creates nothing, and
/// anyone else is refused on the server even if the page were shown to them.
/// </summary>
public sealed class DistrictCreatePageTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.SeededAsync();
        await _database.RegisterAsync("city-admin");
        await _database.RegisterAsync("manager");
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task The_city_administrator_creates_a_district_with_its_streets_areas_and_report_frame()
    {
        await using var context = PortalPages.Create(_database, "/city/districts/new", "city-admin", PortalRoles.CityAdministrator);
        var page = context.Render<DistrictCreate>();
        FillDongcheng(page);
        page.Find("[data-testid=area-add]").Click();
        page.FindAll("[data-testid=area-code]")[2].Change("elderly-welfare");
        page.FindAll("[data-testid=area-name]")[2].Change("养老服务");
        page.Find("[data-testid=input-regulations]").Change("北京市福利彩票公益金项目管理办法\n《东城区福利彩票公益金使用管理办法》\n");
        page.Find("[data-testid=input-group-by-area]").Change(true);

        page.Find("[data-testid=create-district]").Click();

        page.WaitForAssertion(() => Assert.Contains("已新增东城区（dongcheng）：北京市东城区民政局，2 个街道", page.Find("[data-testid=district-created]").TextContent, StringComparison.Ordinal));
        await using var db = _database.CreateDbContext();
        var district = await db.Districts.AsNoTracking().SingleAsync(d => d.Code == "dongcheng", Xunit.TestContext.Current.CancellationToken);
        Assert.Equal("北京市东城区民政局", district.BureauName);
        Assert.Equal(["donghuamen", "jingshan"], district.Streets.OrderBy(s => s.Order).Select(s => s.Code));
        Assert.Equal(["社会救助", "儿童保护", "养老服务"], district.ProjectAreas.OrderBy(a => a.Order).Select(a => a.Name));
        Assert.Equal(["北京市福利彩票公益金项目管理办法", "东城区福利彩票公益金使用管理办法"], district.Regulations.OrderBy(r => r.Order).Select(r => r.Title));
        Assert.True(district.GroupProjectsByArea);
        Assert.Contains(await db.AuditEntries.AsNoTracking().Select(e => e.Actor).ToListAsync(Xunit.TestContext.Current.CancellationToken), a => a.Contains("city-admin", StringComparison.Ordinal));
    }

    /// <summary>What is typed wrong (an input, its row, the text) and the Chinese message it is refused with.</summary>
    public static TheoryData<string, int, string, string> BadInput() => new()
    {
        { "input-district-code", 0, "xicheng", OrganisationMessages.DuplicateDistrictCode("xicheng") },
        { "street-code", 1, "donghuamen", OrganisationMessages.DuplicateStreetCode("donghuamen") },
        { "input-bureau", 0, "  ", OrganisationMessages.BureauNameRequired },
        { "input-district-code", 0, "Dong Cheng", OrganisationMessages.InvalidCode("Dong Cheng") },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_is_refused_in_chinese_keeps_what_was_typed_and_creates_nothing(string input, int row, string typed, string message)
    {
        await using var context = PortalPages.Create(_database, "/city/districts/new", "city-admin", PortalRoles.CityAdministrator);
        var page = context.Render<DistrictCreate>();
        FillDongcheng(page);
        page.FindAll($"[data-testid={input}]")[row].Change(typed);

        page.Find("[data-testid=create-district]").Click();

        page.WaitForAssertion(() => Assert.Contains(message, page.Markup, StringComparison.Ordinal));
        Assert.Equal("东城区", page.Find("[data-testid=input-district-name]").GetAttribute("value"));
        Assert.Equal(1, await DistrictCountAsync());
    }

    [Fact]
    public async Task A_district_manager_shown_the_page_is_refused_on_the_server()
    {
        await using var context = PortalPages.Create(_database, "/city/districts/new", "manager", PortalRoles.Manager);
        var page = context.Render<DistrictCreate>();
        FillDongcheng(page);

        page.Find("[data-testid=create-district]").Click();

        page.WaitForAssertion(() => Assert.Equal(AuthorizationMessages.CityAdministratorOnly, page.Find("[data-testid=form-error]").TextContent.Trim()));
        Assert.Equal(1, await DistrictCountAsync());
    }

    [Fact]
    public async Task A_district_file_fills_the_form_and_a_file_that_is_not_one_is_refused_in_chinese()
    {
        await using var context = PortalPages.Create(_database, "/city/districts/new", "city-admin", PortalRoles.CityAdministrator);
        var page = context.Render<DistrictCreate>();

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("街道,名称\n景山,1\n", "streets.json"));
        page.WaitForAssertion(() => Assert.StartsWith("文件不是预期的 JSON 格式", page.Find("[data-testid=district-file-error]").TextContent.Trim(), StringComparison.Ordinal));

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(SecondDistrict.Json, "dongcheng.json"));
        page.WaitForAssertion(() => Assert.Equal("东城区民政局", page.Find("[data-testid=input-bureau]").GetAttribute("value")));
        Assert.Empty(page.FindAll("[data-testid=district-file-error]"));
        Assert.Equal(["xinjiekou", "jingshan"], page.FindAll("[data-testid=street-code]").Select(i => i.GetAttribute("value")));
        Assert.Equal(["社会救助", "养老服务"], page.FindAll("[data-testid=area-name]").Select(i => i.GetAttribute("value")));
        Assert.Equal(1, await DistrictCountAsync());

        page.Find("[data-testid=create-district]").Click();
        page.WaitForElement("[data-testid=district-created]");
        Assert.Equal(2, await DistrictCountAsync());
    }

    /// <summary>东城区 with two streets; the two default areas stay as the page offers them.</summary>
    private static void FillDongcheng(IRenderedComponent<DistrictCreate> page)
    {
        page.Find("[data-testid=input-bureau]").Change("北京市东城区民政局");
        page.Find("[data-testid=input-district-name]").Change("东城区");
        page.Find("[data-testid=input-district-code]").Change("dongcheng");
        page.Find("[data-testid=input-communities]").Change("168");
        page.FindAll("[data-testid=street-code]")[0].Change("donghuamen");
        page.FindAll("[data-testid=street-code]")[1].Change("jingshan");
        page.FindAll("[data-testid=street-name]")[0].Change("东华门");
        page.FindAll("[data-testid=street-name]")[1].Change("景山");
    }

    private async Task<int> DistrictCountAsync()
    {
        await using var db = _database.CreateDbContext();
        return await db.Districts.CountAsync();
    }
}
