using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Data.Seeding;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// A start skips the migrator and the seeder only when one read shows there is nothing for them to do: it
/// must say so after a start (or every start stays slow), and never while a migration or a seed part is missing.
/// </summary>
public abstract class UpToDateCheckTests(DatabaseProvider provider)
{
    [Fact]
    public async Task A_started_database_is_up_to_date()
    {
        await using var database = await TestDatabase.UnmigratedAsync(provider);
        await database.Startup().RunAsync(TestContext.Current.CancellationToken);

        Assert.True(await IsUpToDateAsync(database, DatabaseSeeder.Marks));
    }

    [Fact]
    public async Task A_database_never_migrated_is_not()
    {
        await using var database = await TestDatabase.UnmigratedAsync(provider);
        if (provider == DatabaseProvider.Sqlite)
            Directory.CreateDirectory(Path.GetDirectoryName(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString).DataSource)!);

        Assert.False(await IsUpToDateAsync(database, DatabaseSeeder.Marks));
    }

    [Fact]
    public async Task A_migrated_database_not_yet_seeded_is_not()
    {
        await using var database = await TestDatabase.EmptyAsync(provider);

        Assert.False(await IsUpToDateAsync(database, DatabaseSeeder.Marks));
    }

    [Fact]
    public async Task A_database_lacking_the_last_migration_is_not()
    {
        await using var database = await TestDatabase.SeededAsync(provider);
        await using (var db = database.CreateDbContext())
        {
            var last = db.Database.GetMigrations().Last();
            await db.Database.ExecuteSqlAsync($"""DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" = {last}""", TestContext.Current.CancellationToken);
        }

        Assert.False(await IsUpToDateAsync(database, DatabaseSeeder.Marks));
    }

    [Fact]
    public async Task A_seed_part_missing_from_the_database_makes_it_not_up_to_date()
    {
        await using var database = await TestDatabase.SeededAsync(provider);
        var marks = DatabaseSeeder.Marks;

        Assert.True(await IsUpToDateAsync(database, marks));
        Assert.False(await IsUpToDateAsync(database, marks with { SubsidyTypeCodes = [.. marks.SubsidyTypeCodes, "not-seeded"] }));
        Assert.False(await IsUpToDateAsync(database, marks with { FundYear = marks.FundYear + 1 }));
        Assert.False(await IsUpToDateAsync(database, marks with { DistrictCode = "dongcheng" }));
    }

    private static async Task<bool> IsUpToDateAsync(TestDatabase database, SeedMarks marks)
    {
        await using var db = database.CreateDbContext();
        return await UpToDateCheck.IsUpToDateAsync(db, marks, TestContext.Current.CancellationToken);
    }
}

public sealed class UpToDateCheckTestsOnSqlite() : UpToDateCheckTests(DatabaseProvider.Sqlite);

public sealed class UpToDateCheckTestsOnPostgres() : UpToDateCheckTests(DatabaseProvider.Postgres);
