using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.SocialAssistance;
using Portal.Features.City;
using Portal.Features.Dashboard;
using Portal.Features.FundYears;
using Portal.Features.Reports;
using Portal.Features.SocialAssistance;
using Portal.Features.Streets;
using Portal.Features.Users;
using Portal.Infrastructure.Data;
using Portal.Security;
using Portal.Tests.Support;

namespace Portal.Tests.Security;

/// <summary>
/// Two districts in one database, the second set up from a JSON file and given a fund year and a project by
/// its own manager: neither district's manager sees or touches the other's rows, by id, by the street code
/// the two share, or through the exports; a row of the other district is "not found", word for word as an
/// id that does not exist.
/// </summary>
public abstract class DistrictBoundaryTests(DatabaseProvider provider)
{
    private static readonly ProjectForm DongchengProject = new(
        "东城区困难家庭帮扶", "帮扶困难家庭", "year", "2020-01-01", "2020-12-31", "10", "王东", "64000000",
        ProjectStatus.InProgress, new ProjectArea("elderly-welfare"), null, null, null);

    [Fact]
    public async Task Neither_districts_manager_sees_or_touches_the_others_rows()
    {
        await using var database = await TestDatabase.SeededAsync(provider);
        var setUp = await SecondDistrict.AddAsync(database);
        Assert.True(setUp.IsSuccess, setUp.Error);
        await database.RegisterAsync("xc-manager");
        var xcOfficer = await database.RegisterAsync("xc-staff", SecondDistrict.SharedStreetCode);
        await database.RegisterAsync("dc-manager", districtCode: SecondDistrict.Code);
        await database.RegisterAsync("dc-staff", SecondDistrict.SharedStreetCode, SecondDistrict.Code);
        await using var xc = new ServiceHarness(database, ServiceHarness.Principal("xc-manager", PortalRoles.Manager));
        await using var dc = new ServiceHarness(database, ServiceHarness.Principal("dc-manager", PortalRoles.Manager));
        await database.RegisterAsync("city");
        await using var city = new ServiceHarness(database, ServiceHarness.Principal("city", PortalRoles.CityViewer));
        await using var dcStaff = new ServiceHarness(database, ServiceHarness.Principal("dc-staff", PortalRoles.StreetStaff));

        Assert.True((await dc.Get<FundYearAdminService>().CreateYearAsync(new NewFundYear("2020", "100", "40", "60", "2021-02-28"))).IsSuccess);
        var created = await dc.Get<ProjectService>().CreateAsync(2020, DongchengProject);
        Assert.True(created.IsSuccess, created.Error);

        var dcList = (await dc.Get<ProjectListService>().ProjectsAsync(2020)).Value!;
        var xcList = (await xc.Get<ProjectListService>().ProjectsAsync(2020)).Value!;
        var dcProject = Assert.Single(dcList.Projects);
        Assert.Equal("东城区困难家庭帮扶", dcProject.Name);
        Assert.DoesNotContain(xcList.Projects, p => p.Id == dcProject.Id);
        var xcProject = xcList.Projects[0];
        var before = await StateAsync(database);

        // By id: a row of the other district reads as one that does not exist, and nothing changes.
        foreach (var (services, theirs) in new[] { (dc, xcProject.Id), (xc, dcProject.Id) })
        {
            var projects = services.Get<ProjectService>();
            var unknown = Guid.NewGuid();
            Assert.Equal((await projects.DetailAsync(unknown)).Missing, (await projects.DetailAsync(theirs)).Missing);
            Assert.Null((await projects.DetailAsync(theirs)).Value);
            Assert.Equal((await projects.RemoveAsync(unknown, Guid.Empty)).Error, (await projects.RemoveAsync(theirs, Guid.Empty)).Error);
            Assert.Equal(ProjectMessages.ProjectNotFound, (await projects.UpdateAsync(theirs, DongchengProject, Guid.Empty)).Error);
            Assert.Equal(ProjectMessages.ProjectNotFound, (await services.Get<SpendingService>().RecordAsync(new SpendingForm(theirs, null, null, "2020-09-01", "1", null))).Error);
        }

        // Accounts: each manager lists and changes only their own district's.
        var dcAccounts = (await dc.Get<UserDirectoryService>().ListAsync()).Value!.Accounts;
        Assert.Equal(["dc-manager", "dc-staff"], dcAccounts.Select(a => a.ObjectId).Order());
        Assert.DoesNotContain((await xc.Get<UserDirectoryService>().ListAsync()).Value!.Accounts, a => a.ObjectId.StartsWith("dc-", StringComparison.Ordinal));
        Assert.Equal(UserAccountMessages.NotFound, (await dc.Get<UserDirectoryService>().DisableAsync(xcOfficer.Id, xcOfficer.Version)).Error);

        // By URL: the street code both districts use opens the caller's own district's street.
        var street = await dcStaff.Get<StreetOverviewService>().OverviewAsync(SecondDistrict.SharedStreetCode, 2020);
        Assert.NotNull(street.Value);
        Assert.Empty(street.Value.Shares);
        Assert.Null((await dcStaff.Get<StreetOverviewService>().OverviewAsync("desheng", 2020)).Value);

        // Exports and the report: each district's own data, under its own bureau's name and regulations.
        var dcDashboard = (await dc.Get<DashboardService>().DashboardAsync(2020)).Value!;
        Assert.Equal(Money.FromWanYuan(100), dcDashboard.Money.Received);
        var dcReport = (await dc.Get<AnnualReportService>().ReportAsync(2020)).Value!.Report;
        Assert.Contains(SecondDistrict.BureauName, dcReport.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("西城", dcReport.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("北京市福利彩票公益金", dcReport.PlainText, StringComparison.Ordinal);
        Assert.Contains("《东城区福利彩票公益金使用管理办法》", dcReport.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("东城", (await xc.Get<AnnualReportService>().ReportAsync(2020)).Value!.Report.PlainText, StringComparison.Ordinal);

        // The city view is the city roles' alone.
        Assert.Equal(AuthorizationMessages.CityOnly, (await dc.Get<CityService>().CityAsync(2020)).Refused);
        Assert.Equal(["dongcheng", "xicheng"], (await city.Get<CityService>().CityAsync(2020)).Value!.Districts.Select(d => d.DistrictCode));
        Assert.Null((await city.Get<ProjectService>().DetailAsync(xcProject.Id)).Value);

        Assert.Equal(before, await StateAsync(database));
    }

    [Fact]
    public async Task A_district_file_that_is_wrong_is_refused_in_Chinese_and_creates_nothing()
    {
        await using var database = await TestDatabase.SeededAsync(provider);
        Assert.True((await SecondDistrict.AddAsync(database)).IsSuccess);

        var duplicateDistrict = await SecondDistrict.AddAsync(database);
        var duplicateStreet = await SecondDistrict.AddAsync(database, SecondDistrict.Json.Replace("dongcheng", "chaoyang", StringComparison.Ordinal).Replace("jingshan", "xinjiekou", StringComparison.Ordinal));
        var noBureau = await SecondDistrict.AddAsync(database, SecondDistrict.Json.Replace("dongcheng", "fengtai", StringComparison.Ordinal).Replace("东城区民政局", " ", StringComparison.Ordinal));
        var notJson = await SecondDistrict.AddAsync(database, "district: 朝阳区");
        var noDistrict = await SecondDistrict.AddAsync(database, """{ "streets": [] }""");

        Assert.Equal(OrganisationMessages.DuplicateDistrictCode("dongcheng"), duplicateDistrict.Error);
        Assert.Equal(OrganisationMessages.DuplicateStreetCode("xinjiekou"), duplicateStreet.Error);
        Assert.Equal(OrganisationMessages.BureauNameRequired, noBureau.Error);
        Assert.StartsWith("文件不是预期的 JSON 格式", notJson.Error, StringComparison.Ordinal);
        Assert.Equal(OrganisationMessages.DistrictRequired, noDistrict.Error);
        await using var db = database.CreateDbContext();
        Assert.Equal(["dongcheng", "xicheng"], await db.Districts.OrderBy(d => d.Code).Select(d => d.Code).ToListAsync());
    }

    /// <summary>Every row's version in the database, so any change to any row shows.</summary>
    private static async Task<string> StateAsync(TestDatabase database)
    {
        await using PortalDbContext db = database.CreateDbContext();
        var years = await db.FundYears.AsNoTracking().OrderBy(y => y.Id).ToListAsync();
        var accounts = await db.UserAccounts.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Version).ToListAsync();
        return string.Join(",", years.SelectMany(y => y.Projects.Select(p => p.Version).Prepend(y.Version)).Concat(accounts))
            + "|" + await db.AuditEntries.CountAsync();
    }
}

public sealed class DistrictBoundaryTestsOnSqlite() : DistrictBoundaryTests(DatabaseProvider.Sqlite);

public sealed class DistrictBoundaryTestsOnPostgres() : DistrictBoundaryTests(DatabaseProvider.Postgres);
