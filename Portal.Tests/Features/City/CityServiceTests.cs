using Portal.Domain.Common;
using Portal.Features.City;
using Portal.Features.Dashboard;
using Portal.Infrastructure.Data;
using Portal.Security;
using Portal.Tests.Support;

namespace Portal.Tests.Features.City;

/// <summary>The city-year: each district's row agrees with that district's own dashboard, and the total is their sum.</summary>
public abstract class CityServiceTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly DateOnly AsOf = new(2020, 12, 31);
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.SeededAsync(provider);
        await _database.RegisterAsync("manager");
        await _database.RegisterAsync("officer", "xinjiekou");
        await _database.RegisterAsync("city");
    }

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task A_district_row_shows_what_its_dashboard_shows()
    {
        await using var manager = new ServiceHarness(_database, ServiceHarness.Principal("manager", PortalRoles.Manager));
        await using var cityViewer = new ServiceHarness(_database, ServiceHarness.Principal("city", PortalRoles.CityViewer));

        var city = (await cityViewer.Get<CityService>().CityAsync(2020, AsOf)).Value!;
        var dashboard = (await manager.Get<DashboardService>().DashboardAsync(2020, AsOf)).Value!;

        var xicheng = Assert.Single(city.Districts);
        Assert.Equal(dashboard.Money.Received, xicheng.Received);
        Assert.Equal(Money.Sum(dashboard.Execution.Select(e => e.Allocation)), xicheng.Allocated);
        Assert.Equal(dashboard.Money.Unallocated, xicheng.Unallocated);
        Assert.Equal(Money.Sum(dashboard.Execution.Select(e => e.Spent)), xicheng.SpentAsOf);
        Assert.Equal(dashboard.Execution.Count(e => e.IsLagging), xicheng.ProjectsLagging);
        Assert.Equal(176_086 + 877_395, xicheng.ElderlyPersonTimes);
        Assert.Equal("26146.218", xicheng.ElderlyPaid.ToWanYuan());
        Assert.Equal("11416.76", xicheng.Received.ToWanYuan());
        Assert.False(await manager.Get<CityService>().HoldsSeveralDistrictsAsync());
    }

    [Fact]
    public async Task The_city_total_is_the_sum_of_its_districts()
    {
        await using (var db = _database.CreateDbContext())
        {
            db.Actor = "test";
            var district = District.Create("gen-01", "生成区01", "生成区01民政局", 10).Value;
            district.AddStreet("gen-01-01", "生成01街01");
            db.Districts.Add(district);
            db.FundYears.Add(FundYear.Create(district.Id, 2020, Money.FromWanYuan(300), Money.FromWanYuan(100), Money.FromWanYuan(200), new DateOnly(2021, 2, 28)).Value);
            db.FundYears.Add(FundYear.Create(district.Id, 2023, Money.FromWanYuan(300), Money.FromWanYuan(100), Money.FromWanYuan(200), new DateOnly(2024, 2, 28)).Value);
            await db.SaveChangesAsync();
        }

        await using var manager = new ServiceHarness(_database, ServiceHarness.Principal("manager", PortalRoles.Manager));
        await using var cityAdministrator = new ServiceHarness(_database, ServiceHarness.Principal("city", PortalRoles.CityAdministrator));

        var city = (await cityAdministrator.Get<CityService>().CityAsync(2020, AsOf)).Value!;

        Assert.Equal(2, city.Districts.Count);
        Assert.Equal(Money.Sum(city.Districts.Select(d => d.Received)), city.Total.Received);
        Assert.Equal(Money.Sum(city.Districts.Select(d => d.Unallocated)), city.Total.Unallocated);
        Assert.Equal("200", city.Districts.Single(d => d.DistrictCode == "gen-01").Unallocated.ToWanYuan());
        Assert.Equal(12, city.Districts.Single(d => d.DistrictCode == "gen-01").MonthsOverdue);
        Assert.True(await manager.Get<CityService>().HoldsSeveralDistrictsAsync());
        // The year selector lists the manager's own district's years, not another district's 2023.
        Assert.Equal([2020], (await manager.Get<Portal.Features.FundYears.FundYearOverviewService>().YearsAsync()).Years);
    }

    [Fact]
    public async Task District_accounts_are_refused_and_an_unknown_year_is_missing()
    {
        await using var officer = new ServiceHarness(_database, ServiceHarness.Principal("officer", PortalRoles.StreetStaff));
        await using var manager = new ServiceHarness(_database, ServiceHarness.Principal("manager", PortalRoles.Manager));
        await using var cityViewer = new ServiceHarness(_database, ServiceHarness.Principal("city", PortalRoles.CityViewer));

        Assert.Equal(AuthorizationMessages.CityOnly, (await officer.Get<CityService>().CityAsync(2020)).Refused);
        Assert.Equal(AuthorizationMessages.CityOnly, (await manager.Get<CityService>().CityAsync(2020)).Refused);
        Assert.NotNull((await cityViewer.Get<CityService>().CityAsync(1999)).Missing);
    }
}

public sealed class CityServiceTestsOnSqlite() : CityServiceTests(DatabaseProvider.Sqlite);

public sealed class CityServiceTestsOnPostgres() : CityServiceTests(DatabaseProvider.Postgres);
