using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Data.Seeding;
using Portal.Security;

namespace Portal.Benchmarks.City;

/// <summary>
/// The generated city in its own database file, never the portal's. It is generated into a temporary folder
/// and deleted afterwards, unless PORTAL_BENCH_CITY names a file to keep and reuse between runs.
/// </summary>
public sealed class CityDatabase : IAsyncDisposable
{
    private readonly DirectoryInfo? temporary;

    private CityDatabase(string path, DirectoryInfo? temporary)
    {
        Path = path;
        this.temporary = temporary;
        Factory = new PooledDbContextFactory<PortalDbContext>(new DbContextOptionsBuilder<PortalDbContext>()
            .UseSqlite($"Data Source={path}", sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)).Options);
    }

    public string Path { get; }

    public IDbContextFactory<PortalDbContext> Factory { get; }

    public static async Task<CityDatabase> OpenAsync(CitySize size)
    {
        ArgumentNullException.ThrowIfNull(size);
        var kept = Environment.GetEnvironmentVariable("PORTAL_BENCH_CITY");
        var temporary = kept is null ? Directory.CreateTempSubdirectory("portal-bench-") : null;
        var path = kept ?? System.IO.Path.Combine(temporary!.FullName, "generated-city.db");
        var reuse = kept is not null && File.Exists(kept);
        var city = new CityDatabase(path, temporary);
        await new DatabaseStartup(city.Factory, new DatabaseSeeder(city.Factory, TimeProvider.System), NullLogger<DatabaseStartup>.Instance).RunAsync();
        if (reuse)
        {
            Console.WriteLine($"reusing the generated city in {path} (GENERATED DATA)");
        }
        else
        {
            var generation = System.Diagnostics.Stopwatch.StartNew();
            await CityGenerator.GenerateAsync(city.Factory, size);
            Console.WriteLine($"generated {size.Districts} districts × {size.StreetsPerDistrict} streets × {size.Years} years in {generation.Elapsed.TotalSeconds:0.0} s (GENERATED DATA, {path})");
        }

        await new AccountRegistrar(city.Factory, TimeProvider.System).RecordSignInAsync(DemoUsers.Principal(new DemoUsers.DemoUser(BenchmarkUser, "基准测试", PortalRoles.Manager, null), "Benchmark"));
        await new AccountRegistrar(city.Factory, TimeProvider.System).RecordSignInAsync(DemoUsers.Principal(new DemoUsers.DemoUser(BenchmarkCityUser, "基准测试（市级）", PortalRoles.CityViewer, null), "Benchmark"));
        return city;
    }

    public const string BenchmarkUser = "bench-manager";

    /// <summary>The city view is for city-level accounts only: a 市级只读 account reads it.</summary>
    public const string BenchmarkCityUser = "bench-city";

    /// <summary>The portal's own services for the whole city, signed in as a 市级只读 account.</summary>
    public ServiceProvider CityServices() =>
        ManagerServices.Build(BenchmarkCityUser, "基准测试（市级）", new ConfigurationBuilder().Build(),
            services => services.AddSingleton(Factory), PortalRoles.CityViewer);

    /// <summary>The portal's own services for one district, signed in as its manager.</summary>
    public ServiceProvider Services(string district) =>
        ManagerServices.Build(BenchmarkUser, "基准测试",
            new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Portal:DistrictCode"] = district }).Build(),
            services => services.AddSingleton(Factory));

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        await Task.Yield();
        temporary?.Delete(recursive: true);
    }
}
