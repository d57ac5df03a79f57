using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Domain.Common;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Data.Seeding;
using Portal.Tests.Support;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// The portal process killed while it writes an import: the database file stays sound and holds the whole
/// import or none of it. The import runs as the portal's own import command in a child process.
/// </summary>
public sealed class KilledImportTests
{
    private static readonly string[] Streets =
    [
        "xichanganjie", "xinjiekou", "yuetan", "zhanlanlu", "desheng", "jinrongjie", "shichahai", "dashilan",
        "tianqiao", "chunshu", "taoranting", "guanganmennei", "niujie", "baizhifang", "guanganmenwai",
    ];

    private const int Years = 10;
    private const int Reports = Years * 15 * 12;

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    [InlineData(80)]
    [InlineData(400)]
    public async Task A_kill_during_the_write_leaves_a_sound_file_with_all_of_the_import_or_none(int delayMs)
    {
        using var folder = new TempFolder();
        var database = await PrepareAsync(folder.Path);

        using var child = StartImport(database, await WriteCsvAsync(folder.Path));
        await WaitForLineAsync(child, "imported rows", TimeSpan.FromSeconds(90));
        await Task.Delay(delayMs, TestContext.Current.CancellationToken);
        if (!child.HasExited)
            child.Kill(entireProcessTree: true);
        await child.WaitForExitAsync(TestContext.Current.CancellationToken);

        var (integrity, reports) = await InspectAsync(database);
        Assert.Equal("ok", integrity);
        Assert.True(reports is 0 or Reports, $"{reports} street reports: neither none nor all {Reports}");
        TestContext.Current.SendDiagnosticMessage($"killed {delayMs} ms after the write began: {(reports == 0 ? "none" : "all")} of the import kept, integrity ok");
    }

    [Fact]
    public async Task Left_alone_the_import_command_writes_all_of_it()
    {
        using var folder = new TempFolder();
        var database = await PrepareAsync(folder.Path);

        using var child = StartImport(database, await WriteCsvAsync(folder.Path));
        var output = await child.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await child.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.True(child.ExitCode == 0, output);
        Assert.Equal(("ok", Reports), await InspectAsync(database));
    }

    /// <summary>Ten past years (the child runs on the real clock, and future months cannot be reported); 2020 is seeded.</summary>
    private static IEnumerable<int> ImportYears() => Enumerable.Range(2015, Years);

    /// <summary>A seeded file with ten fund years, so the import has thousands of rows to write.</summary>
    private static async Task<string> PrepareAsync(string folder)
    {
        var path = Path.Combine(folder, "portal.db");
        var factory = new PooledDbContextFactory<PortalDbContext>(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite($"Data Source={path}").Options);
        await new DatabaseStartup(factory, new DatabaseSeeder(factory, FixedClock.Late2026), NullLogger<DatabaseStartup>.Instance).RunAsync();
        await using (var db = factory.CreateDbContext())
        {
            db.Actor = "测试准备";
            var district = await db.Districts.SingleAsync();
            foreach (var year in ImportYears().Where(y => y != 2020))
                db.FundYears.Add(FundYear.Create(district.Id, year, Money.FromWanYuan(300), Money.FromWanYuan(100), Money.FromWanYuan(200), new DateOnly(year + 1, 2, 28)).Value);
            await db.SaveChangesAsync();
        }

        SqliteConnection.ClearAllPools();
        return path;
    }

    private static async Task<string> WriteCsvAsync(string folder)
    {
        var csv = new StringBuilder("街道,年度,月份,补贴类型,人次,彩票公益金（元）,区财政配套（元）,说明\n");
        foreach (var year in ImportYears())
        {
            foreach (var street in Streets)
            {
                for (var month = 1; month <= 12; month++)
                {
                    csv.Append(CultureInfo.InvariantCulture, $"{street},{year},{month},高龄津贴,10,0,1000,\n");
                    csv.Append(CultureInfo.InvariantCulture, $"{street},{year},{month},失能补贴,5,0,1000,\n");
                }
            }
        }

        var file = Path.Combine(folder, "city-export.csv");
        await File.WriteAllTextAsync(file, csv.ToString(), new UTF8Encoding(true));
        return file;
    }

    private static Process StartImport(string database, string file)
    {
        // The portal as built next to these tests, e.g. Portal/bin/Debug/net10.0/Portal.dll.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var portal = Path.Combine(RepositoryRoot.Path, "Portal", "bin", configuration, "net10.0", "Portal.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.Combine(RepositoryRoot.Path, "Portal"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(portal);
        start.ArgumentList.Add("import-elderly-subsidies");
        start.ArgumentList.Add(file);
        start.Environment["ConnectionStrings__Portal"] = $"Data Source={database}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Logging__LogLevel__Default"] = "Information";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitForLineAsync(Process process, string text, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (await process.StandardOutput.ReadLineAsync(cancel.Token) is { } line)
        {
            if (line.Contains(text, StringComparison.Ordinal))
                return;
        }

        throw new InvalidOperationException("The import ended before it wrote anything.");
    }

    private static async Task<(string Integrity, int Reports)> InspectAsync(string database)
    {
        SqliteConnection.ClearAllPools();
        await using var db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite($"Data Source={database};Pooling=False").Options);
        var integrity = string.Join(",", await db.Database.SqlQueryRaw<string>("PRAGMA integrity_check").ToListAsync());
        return (integrity, await db.SubsidyReports.CountAsync(r => r.StreetId != null));
    }

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("portal-kill-").FullName;

        public void Dispose()
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(Path, recursive: true);
        }
    }
}
