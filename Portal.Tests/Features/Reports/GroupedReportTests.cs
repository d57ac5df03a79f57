using Portal.Domain.SocialAssistance;
using Portal.Features.FundYears;
using Portal.Features.Reports;
using Portal.Features.SocialAssistance;
using Portal.Security;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Reports;

/// <summary>
/// A district that asks for its report's projects grouped by area gets its areas numbered （一）（二） in its
/// own order, each numbering its projects 1、2、 (and subprojects （1）); the check before publishing names the
/// projects by the same numbers. Xicheng, which does not ask, keeps one run （一）…（十） (AnnualReportTests).
/// </summary>
public sealed class GroupedReportTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private ServiceHarness _manager = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.SeededAsync();
        var grouped = SecondDistrict.Json.Replace("\"fundName\"", "\"groupProjectsByArea\": true, \"fundName\"", StringComparison.Ordinal);
        Assert.True((await SecondDistrict.AddAsync(_database, grouped)).IsSuccess);
        await _database.RegisterAsync("manager-dongcheng", null, SecondDistrict.Code);
        _manager = new ServiceHarness(_database, ServiceHarness.Principal("manager-dongcheng", PortalRoles.Manager));
    }

    public async ValueTask DisposeAsync()
    {
        await _manager.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Projects_are_grouped_under_the_districts_areas_in_its_order_and_numbered_within_each()
    {
        Assert.True((await _manager.Get<FundYearAdminService>().CreateYearAsync(new NewFundYear("2021", "100", "0", "100", "2022-02-28"))).IsSuccess);
        // Entered in an order that mixes the areas; the district lists 社会救助 before 养老服务.
        var projects = _manager.Get<ProjectService>();
        Assert.True((await projects.CreateAsync(2021, Project("老年餐桌", "elderly-welfare", "20"))).IsSuccess);
        Assert.True((await projects.CreateAsync(2021, Project("临时救助", "social-assistance", "30"))).IsSuccess);
        Assert.True((await projects.CreateAsync(2021, Project("居家养老巡视", "elderly-welfare", "10"))).IsSuccess);
        Assert.True((await projects.CreateAsync(2021, Project("救助宣传", "social-assistance", "5"))).IsSuccess);
        var list = (await _manager.Get<ProjectListService>().ProjectsAsync(2021)).Value!.Projects;
        var rounds = list.Single(p => p.Name == "居家养老巡视");
        var detail = (await projects.DetailAsync(rounds.Id)).Value!;
        Assert.True((await projects.AddSubprojectAsync(rounds.Id, Project("景山街道巡视", "elderly-welfare", "4"), detail.Version)).IsSuccess);

        var page = (await _manager.Get<AnnualReportService>().ReportAsync(2021)).Value!;

        var report = page.Report;
        Assert.Equal(["（一）社会救助", "（二）养老服务"], report.Blocks.Where(b => b.Kind == ReportBlockKind.Section).Select(b => b.Text));
        Assert.Equal(
            ["（一）社会救助", "1、临时救助", "2、救助宣传", "（二）养老服务", "1、老年餐桌", "2、居家养老巡视", "（1）景山街道巡视"],
            report.Blocks.Where(b => b.Kind is ReportBlockKind.Section or ReportBlockKind.Subsection).Select(b => b.Text));
        Assert.Contains(page.Problems, p => p.Text.StartsWith("（二）2、居家养老巡视 / 景山街道巡视：", StringComparison.Ordinal));
        Assert.Contains(page.Problems, p => p.Text.StartsWith("（一）1、临时救助：", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_same_projects_print_in_one_run_when_the_district_does_not_group()
    {
        // Xicheng's manager, whose district does not ask for grouping, sets up the same projects in 2021.
        await _database.RegisterAsync("manager");
        await using var xicheng = new ServiceHarness(_database, ServiceHarness.Principal("manager", PortalRoles.Manager));
        Assert.True((await xicheng.Get<FundYearAdminService>().CreateYearAsync(new NewFundYear("2021", "100", "0", "100", "2022-02-28"))).IsSuccess);
        Assert.True((await xicheng.Get<ProjectService>().CreateAsync(2021, Project("儿童之家", "child-protection", "20"))).IsSuccess);
        Assert.True((await xicheng.Get<ProjectService>().CreateAsync(2021, Project("临时救助", "social-assistance", "30"))).IsSuccess);

        var report = (await xicheng.Get<AnnualReportService>().ReportAsync(2021)).Value!.Report;

        Assert.Equal(["（一）儿童之家", "（二）临时救助"], report.Blocks.Where(b => b.Kind == ReportBlockKind.Section).Select(b => b.Text));
        Assert.DoesNotContain(report.Blocks, b => b.Kind == ReportBlockKind.Subsection);
    }

    private static ProjectForm Project(string name, string area, string allocation) =>
        new(name, null, "year", "2021-01-01", "2021-12-31", allocation, null, null, ProjectStatus.InProgress, new ProjectArea(area), null, null, null);
}
