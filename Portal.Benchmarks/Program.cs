using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Benchmarks;
using Portal.Domain.Common;
using Portal.Features;
using Portal.Features.Dashboard;
using Portal.Features.FundYears;
using Portal.Features.Reports;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Data.Seeding;
using Portal.Security;

// dotnet run -c Release --project Portal.Benchmarks -- <suite>
//   smoke      a tiny generated city, a few runs: proves the suite still works (CI runs it; no timing asserted)
//   dashboard  the dashboard and the report of one district-year of a Beijing-sized generated city
//   circuits   memory per interactive user and concurrent circuits, portal dashboard next to a blank template
//   coldstart  process start to the first rendered page, portal next to a blank template
var suite = args.FirstOrDefault() ?? "smoke";
if (suite == "circuits")
    return await Portal.Benchmarks.Circuits.CircuitsSuite.RunAsync(args, smoke: false);
if (suite == "coldstart")
    return await Portal.Benchmarks.ColdStart.ColdStartSuite.RunAsync(args, smoke: false);
var size = suite == "smoke" ? CitySize.Smoke : CitySize.Beijing;
var runs = suite == "smoke" ? 3 : 30;

var folder = Directory.CreateTempSubdirectory("portal-bench-");
try
{
    var path = Path.Combine(folder.FullName, "generated-city.db");
    var factory = new PooledDbContextFactory<PortalDbContext>(new DbContextOptionsBuilder<PortalDbContext>()
        .UseSqlite($"Data Source={path}", sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)).Options);
    await new DatabaseStartup(factory, new DatabaseSeeder(factory, TimeProvider.System), NullLogger<DatabaseStartup>.Instance).RunAsync();
    var generation = System.Diagnostics.Stopwatch.StartNew();
    await CityGenerator.GenerateAsync(factory, size);
    Console.WriteLine($"generated {size.Districts} districts × {size.StreetsPerDistrict} streets × {size.Years} years in {generation.Elapsed.TotalSeconds:0.0} s (GENERATED DATA, {path})");

    await using var services = Services(factory, "gen-01");
    await new AccountRegistrar(factory, TimeProvider.System).RecordSignInAsync("bench-manager", "基准测试", null);
    var year = CityGenerator.FirstYear + size.Years - 1;
    await using var scope = services.CreateAsyncScope();
    var dashboard = scope.ServiceProvider.GetRequiredService<IDashboardService>();
    var reports = scope.ServiceProvider.GetRequiredService<IAnnualReportService>();

    var floor = await Measurement.TimeAsync(() => SqlFloorAsync(factory, "gen-01", year), 2, runs);
    var dash = await Measurement.TimeAsync(async () => Expect((await dashboard.DashboardAsync(year)).Value), 2, runs);
    var html = await Measurement.TimeAsync(async () => Expect((await reports.ReportAsync(year)).Value), 2, runs);
    var docx = await Measurement.TimeAsync(async () => ReportDocument.Create(Expect((await reports.ReportAsync(year)).Value).Report), 2, runs);

    Console.WriteLine(Measurement.Table(
    [
        new("manager dashboard, one district-year", dash.P50, dash.P95, "SQL aggregate of the same totals", floor.P50),
        new("annual report (page model)", html.P50, html.P95, "SQL aggregate of the same totals", floor.P50),
        new("annual report (.docx)", docx.P50, docx.P95, "SQL aggregate of the same totals", floor.P50),
    ]));
    if (suite == "smoke")
    {
        var circuits = await Portal.Benchmarks.Circuits.CircuitsSuite.RunAsync(args, smoke: true);
        var coldStart = await Portal.Benchmarks.ColdStart.ColdStartSuite.RunAsync(args, smoke: true);
        Portal.Benchmarks.Circuits.Apps.Clean();
        return circuits != 0 ? circuits : coldStart;
    }

    return 0;
}
finally
{
    SqliteConnection.ClearAllPools();
    folder.Delete(recursive: true);
}

static T Expect<T>(T? value)
    where T : class => value ?? throw new InvalidOperationException("The generated year did not load.");

// The floor: the totals the dashboard shows, straight from SQL (allocation, spending, elderly money).
static async Task SqlFloorAsync(IDbContextFactory<PortalDbContext> factory, string district, int year)
{
    await using var db = await factory.CreateDbContextAsync();
    var connection = db.Database.GetDbConnection();
    await connection.OpenAsync();
    await using var command = connection.CreateCommand();
    command.CommandText = """
        SELECT (SELECT SUM(p.AllocationFen) FROM Projects p WHERE p.FundYearId = y.Id),
               (SELECT SUM(s.AmountFen) FROM Spendings s JOIN Projects p ON s.ProjectId = p.Id WHERE p.FundYearId = y.Id),
               (SELECT SUM(l.LotteryFen + l.MatchingFen) FROM SubsidyLines l JOIN SubsidyReports r ON l.ReportId = r.Id WHERE r.FundYearId = y.Id)
        FROM FundYears y JOIN Districts d ON y.DistrictId = d.Id WHERE d.Code = $district AND y.Year = $year
        """;
    command.Parameters.Add(new SqliteParameter("$district", district));
    command.Parameters.Add(new SqliteParameter("$year", year));
    await using var reader = await command.ExecuteReaderAsync();
    while (await reader.ReadAsync())
    {
    }
}

// The portal's own services, signed in as a manager of the district measured.
static ServiceProvider Services(IDbContextFactory<PortalDbContext> factory, string district)
{
    var services = new ServiceCollection();
    services.AddLogging();
    services.AddSingleton(factory);
    services.AddSingleton(TimeProvider.System);
    services.AddAuthorizationCore(PortalPolicies.Add);
    var principal = DemoUsers.Principal(new DemoUsers.DemoUser("bench-manager", "基准测试", PortalRoles.Manager, null), "Benchmark");
    services.AddScoped<AuthenticationStateProvider>(_ => new FixedState(principal));
    services.AddPortalAuthorization();
    services.AddPortalFeatures(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Portal:DistrictCode"] = district }).Build());
    // A console harness has no host: this container is the only one, not a second copy.
#pragma warning disable ASP0000
    return services.BuildServiceProvider();
#pragma warning restore ASP0000
}

/// <summary>The signed-in user of the benchmark: a manager.</summary>
internal sealed class FixedState(ClaimsPrincipal principal) : AuthenticationStateProvider
{
    public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(principal));
}
