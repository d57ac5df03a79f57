using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Data.Seeding;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure;

public sealed class MigrationTests
{
    [Fact]
    public async Task The_model_has_no_changes_missing_from_the_migrations()
    {
        await using var database = await TestDatabase.EmptyAsync();
        await using var db = database.CreateDbContext();

        Assert.False(db.Database.HasPendingModelChanges(), "Run `dotnet ef migrations add <Name> --project Portal -o Infrastructure/Data/Migrations`.");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Money_columns_are_integer_fen()
    {
        await using var database = await TestDatabase.EmptyAsync();
        await using var db = database.CreateDbContext();
        var columns = await ColumnsAsync(db, "Projects");

        Assert.Equal("INTEGER", columns["AllocationFen"]);
        Assert.DoesNotContain("Allocation", columns.Keys);
        Assert.Equal("INTEGER", (await ColumnsAsync(db, "FundYears"))["FactorBlockFen"]);
        Assert.Equal("INTEGER", (await ColumnsAsync(db, "SubsidyLines"))["LotteryFen"]);
    }

    [Fact]
    public async Task First_start_creates_the_file_in_wal_mode_and_seeds_it_and_a_second_start_keeps_the_data()
    {
        var folder = Directory.CreateTempSubdirectory("portal-startup-");
        try
        {
            var path = Path.Combine(folder.FullName, "App_Data", "portal.db");
            var factory = new PooledDbContextFactory<PortalDbContext>(
                new DbContextOptionsBuilder<PortalDbContext>().UseSqlite($"Data Source={path}").Options);

            await Startup(factory).RunAsync(TestContext.Current.CancellationToken);
            Assert.True(File.Exists(path));
            var first = await CountsAsync(factory);

            await Startup(factory).RunAsync(TestContext.Current.CancellationToken);
            var second = await CountsAsync(factory);

            Assert.Equal((1, 15, 1, 10, 2), (first.Districts, first.Streets, first.Years, first.Projects, first.Types));
            Assert.Equal(first, second);

            await using var db = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken);
            var mode = await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync(TestContext.Current.CancellationToken);
            Assert.Equal("wal", mode.Single());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static DatabaseStartup Startup(IDbContextFactory<PortalDbContext> factory) =>
        new(factory, new DatabaseSeeder(factory, FixedClock.Late2026), NullLogger<DatabaseStartup>.Instance);

    private static async Task<(int Districts, int Streets, int Years, int Projects, int Types, int Audit)> CountsAsync(IDbContextFactory<PortalDbContext> factory)
    {
        await using var db = await factory.CreateDbContextAsync();
        return (
            await db.Districts.CountAsync(),
            await db.Streets.CountAsync(),
            await db.FundYears.CountAsync(),
            await db.Set<Portal.Domain.SocialAssistance.Project>().CountAsync(),
            await db.SubsidyTypes.CountAsync(),
            await db.AuditEntries.CountAsync());
    }

    private static async Task<Dictionary<string, string>> ColumnsAsync(PortalDbContext db, string table)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name, type FROM pragma_table_info('{table}')";
        var columns = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            columns[reader.GetString(0)] = reader.GetString(1);
        return columns;
    }
}
