using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Data;
using Portal.Security;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// Outside Development the 2020 demonstration year is loaded only when asked: a new production database
/// starts without any district and explains the setup on its first-run page.
/// </summary>
public sealed class FirstRunTests
{
    [Fact]
    public async Task A_new_production_database_holds_no_district_and_shows_the_first_run_page()
    {
        await using var host = ProductionHost();

        var body = await NoAccessPageAsync(host);

        Assert.Contains("data-testid=\"first-run\"", body, StringComparison.Ordinal);
        Assert.Contains("add-district", body, StringComparison.Ordinal);
        await using var db = Open(host);
        Assert.Empty(await db.Districts.ToListAsync(TestContext.Current.CancellationToken));
        Assert.NotEmpty(await db.SubsidyTypes.ToListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Asked_for_the_demo_a_production_database_loads_the_2020_year_and_no_first_run_page()
    {
        await using var host = ProductionHost().With("Portal:SeedDemo", "true");

        var body = await NoAccessPageAsync(host);

        Assert.DoesNotContain("data-testid=\"first-run\"", body, StringComparison.Ordinal);
        await using var db = Open(host);
        Assert.Equal(2020, (await db.FundYears.SingleAsync(TestContext.Current.CancellationToken)).Year);
    }

    private static PortalHost ProductionHost() => new PortalHost()
        .InEnvironment("Production")
        .With("AzureAd:Instance", "http://127.0.0.1:9/")
        .With("AzureAd:TenantId", "bureau-tenant")
        .With("AzureAd:ClientId", "portal")
        .With("AzureAd:ClientSecret", "not-a-secret")
        .With(SingleSignOnSetup.LoopbackProviderSetting, "true");

    /// <summary>The page every signed-in user without access lands on; it answers 403 with its text.</summary>
    private static async Task<string> NoAccessPageAsync(PortalHost host)
    {
        var response = await host.Browser().GetAsync(new Uri("/no-access", UriKind.Relative), TestContext.Current.CancellationToken);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    private static PortalDbContext Open(PortalHost host) =>
        new(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite($"Data Source={host.DatabasePath}").Options);
}
