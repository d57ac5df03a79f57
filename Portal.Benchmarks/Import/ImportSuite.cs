using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Features.ElderlySubsidy.Import;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Data.Seeding;
using Portal.Security;

namespace Portal.Benchmarks.Import;

/// <summary>
/// Import throughput: a generated monthly-figures file through the portal's own import service (read,
/// check every row, authorize, write, audit) as a manager, next to the raw insert of the same rows, each
/// run on a fresh copy of the same database file; before them the XLSX readers alone
/// (<see cref="XlsxReaderCandidates"/>), after them the memory around twelve uploads at once
/// (<see cref="ConcurrentImportMemory"/>). Nothing here asserts a time.
/// </summary>
public static class ImportSuite
{
    private const string Manager = "bench-import-manager";

    public static async Task<int> RunAsync(bool smoke)
    {
        var count = smoke ? 2_000 : 100_000;
        var runs = smoke ? 2 : 5;
        var rows = GeneratedImport.Rows(Math.Min(count, SubsidyFileReader.MaxRows)).ToList();
        var folder = Directory.CreateTempSubdirectory("portal-bench-import-");
        try
        {
            var template = Path.Combine(folder.FullName, "template.db");
            var generation = Stopwatch.StartNew();
            await PrepareAsync(template, rows);
            var csv = GeneratedImport.Csv(rows);
            var xlsx = GeneratedImport.Xlsx(rows);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"generated {rows.Count:N0} rows of {GeneratedImport.Streets} streets × {GeneratedImport.Years} years in {generation.Elapsed.TotalSeconds:0.0} s (GENERATED DATA; CSV {csv.Length / 1024.0 / 1024:0.0} MB, XLSX {xlsx.Length / 1024.0 / 1024:0.0} MB)"));

            // The workbook readers first, alone: the import reads workbooks with the fastest correct one.
            await XlsxReaderCandidates.CompareAsync(xlsx, rows.Count, runs);

            var ids = await RawInsertFloor.ReadIdsAsync(ConnectionString(template));
            var floor = new List<double>();
            var fromCsv = new List<double>();
            var fromXlsx = new List<double>();
            var xlsxPhases = new List<double[]>();
            var allocated = new List<long>();
            // One untimed round first (JIT, file cache); then the figures and their floor alternate, so
            // the other engineers' builds on this machine weigh on both alike.
            for (var run = 0; run <= runs; run++)
            {
                var f = await TimeOnCopyAsync(folder.FullName, template, path => RawInsertFloor.InsertAsync(ConnectionString(path), rows, ids));
                var c = await TimeOnCopyAsync(folder.FullName, template, path => ImportAsync(path, csv, "generated.csv", rows.Count));
                var phases = new ImportPhases();
                var x = await TimeOnCopyAsync(folder.FullName, template, path =>
                {
                    phases.Start();
                    return ImportAsync(path, xlsx, "generated.xlsx", rows.Count, phases);
                });
                if (run == 0)
                    continue;
                xlsxPhases.Add(phases.Split(x.Ms));
                floor.Add(f.Ms);
                fromCsv.Add(c.Ms);
                fromXlsx.Add(x.Ms);
                allocated.Add(c.AllocatedBytes);
            }

            var floorP50 = Median(floor);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; p50 of {runs} runs, each on a fresh copy of the database"));
            Console.WriteLine("| figure | rows | p50 ms | rows/s | floor | floor p50 ms | floor rows/s | ratio |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|");
            foreach (var (name, samples) in new[] { ("import CSV, full path", fromCsv), ("import XLSX, full path", fromXlsx) })
            {
                var p50 = Median(samples);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {rows.Count:N0} | {p50:0} | {rows.Count / (p50 / 1000):N0} | raw prepared INSERT, one transaction | {floorP50:0} | {rows.Count / (floorP50 / 1000):N0} | {p50 / floorP50:0.0}× |"));
            }

            Console.WriteLine(ImportPhases.Table(xlsxPhases));

            // Process-wide, so every run is shown; under the server GC the counter has been seen to step back,
            // and such a reading says nothing (shown as "—").
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"allocated during each timed CSV import: {string.Join(", ", allocated.Select(a => a < 0 ? "—" : (a / 1024.0 / 1024).ToString("N0", CultureInfo.InvariantCulture)))} MB"));

            var memory = Path.Combine(folder.FullName, "memory.db");
            File.Copy(template, memory);
            await ConcurrentImportMemory.MeasureAsync(memory, xlsx);
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static string ConnectionString(string path) => $"Data Source={path}";

    /// <summary>A migrated, seeded file with the generated district and a registered manager; copied for every run.</summary>
    private static async Task PrepareAsync(string path, IReadOnlyList<GeneratedRow> rows)
    {
        var factory = new PooledDbContextFactory<PortalDbContext>(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite(ConnectionString(path)).Options);
        await new DatabaseStartup(factory, new DatabaseSeeder(factory, TimeProvider.System), NullLogger<DatabaseStartup>.Instance).RunAsync();
        await GeneratedImport.CreateDistrictAsync(factory, rows);
        var registrar = new AccountRegistrar(factory, TimeProvider.System);
        await registrar.RecordSignInAsync(DemoUsers.Principal(new DemoUsers.DemoUser(Manager, "基准测试管理人员", PortalRoles.Manager, null), "Benchmark"));
        for (var user = 1; user <= ConcurrentImportMemory.Uploads; user++)
            await registrar.RecordSignInAsync(DemoUsers.Principal(new DemoUsers.DemoUser(ConcurrentImportMemory.UserId(user), "基准测试管理人员", PortalRoles.Manager, null), "Benchmark"));
        await using (var db = await factory.CreateDbContextAsync())
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        SqliteConnection.ClearAllPools();
    }

    private static async Task<(double Ms, long AllocatedBytes)> TimeOnCopyAsync(string folder, string template, Func<string, Task> action)
    {
        var path = Path.Combine(folder, "run.db");
        File.Copy(template, path, overwrite: true);
        try
        {
            GC.Collect();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            await action(path);
            var ms = watch.Elapsed.TotalMilliseconds;
            return (ms, GC.GetTotalAllocatedBytes(precise: true) - allocated);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
                File.Delete(file);
        }
    }

    /// <summary>The import as the page and the command run it: the portal's registrations, signed in as a manager.</summary>
    private static async Task ImportAsync(string path, byte[] file, string fileName, int expectedLines, IProgress<ImportProgress>? progress = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:" + DataServiceCollectionExtensions.ConnectionStringName] = ConnectionString(path),
            ["Portal:DistrictCode"] = GeneratedImport.DistrictCode,
        }).Build();
        await using var provider = ManagerServices.Build(Manager, "基准测试管理人员", configuration,
            services => services.AddPortalData(configuration, Path.GetDirectoryName(path)!));
        await using var scope = provider.CreateAsyncScope();

        var result = await scope.ServiceProvider.GetRequiredService<SubsidyImportService>().CommitAsync(new MemoryStream(file, writable: false), fileName, progress);
        if (result.IsFailure)
            throw new InvalidOperationException("The generated import was refused: " + result.Error);

        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var lines = await db.Database.SqlQueryRaw<int>(
            "SELECT COUNT(*) AS Value FROM SubsidyLines l JOIN SubsidyReports r ON r.Id = l.ReportId WHERE r.StreetId IS NOT NULL").SingleAsync();
        if (lines != expectedLines)
            throw new InvalidOperationException($"The import wrote {lines} lines instead of {expectedLines}.");
    }

    private static double Median(List<double> samples)
    {
        samples.Sort();
        return samples[samples.Count / 2];
    }

}
