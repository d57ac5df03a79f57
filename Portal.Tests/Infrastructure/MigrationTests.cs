using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Infrastructure.Data;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure;

/// <summary>Each provider's migrations match the model, and a first and second start behave the same on both.</summary>
public abstract class MigrationTests(DatabaseProvider provider)
{
    [Fact]
    public async Task The_model_has_no_changes_missing_from_the_migrations()
    {
        await using var database = await TestDatabase.EmptyAsync(provider);
        await using var db = database.CreateDbContext();

        var (context, folder) = provider == DatabaseProvider.Sqlite ? ("PortalDbContext", "Sqlite") : ("PostgresPortalDbContext", "Postgres");
        Assert.False(db.Database.HasPendingModelChanges(),
            $"Run `dotnet ef migrations add <Name> --project Portal --context {context} -o Infrastructure/Data/Migrations/{folder} --namespace Portal.Infrastructure.Data.Migrations.{folder}`.");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Money_columns_are_integer_fen()
    {
        await using var database = await TestDatabase.EmptyAsync(provider);
        await using var db = database.CreateDbContext();
        var projects = await ColumnsAsync(db, "Projects");
        var integer = provider == DatabaseProvider.Sqlite ? "INTEGER" : "bigint";

        Assert.Equal(integer, projects["AllocationFen"]);
        Assert.DoesNotContain("Allocation", projects.Keys);
        Assert.Equal(integer, (await ColumnsAsync(db, "FundYears"))["FactorBlockFen"]);
        Assert.Equal(integer, (await ColumnsAsync(db, "SubsidyLines"))["LotteryFen"]);
    }

    [Fact]
    public async Task First_start_creates_and_seeds_the_database_and_a_second_start_keeps_the_data()
    {
        await using var database = await TestDatabase.UnmigratedAsync(provider);

        await database.Startup().RunAsync(TestContext.Current.CancellationToken);
        var first = await CountsAsync(database);
        await database.Startup().RunAsync(TestContext.Current.CancellationToken);
        var second = await CountsAsync(database);

        Assert.Equal((1, 15, 1, 10, 2), (first.Districts, first.Streets, first.Years, first.Projects, first.Types));
        Assert.Equal(first, second);
        if (provider == DatabaseProvider.Sqlite)
        {
            await using var db = database.CreateDbContext();
            var mode = await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync(TestContext.Current.CancellationToken);
            Assert.Equal("wal", mode.Single());
        }
    }

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

    /// <summary>Column name → declared type, from the database's own catalogue.</summary>
    private async Task<Dictionary<string, string>> ColumnsAsync(PortalDbContext db, string table)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = provider == DatabaseProvider.Sqlite
            ? "SELECT name, type FROM pragma_table_info(@table)"
            : "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = @table";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "table";
        parameter.Value = table;
        command.Parameters.Add(parameter);
        var columns = new Dictionary<string, string>(StringComparer.Ordinal);
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            columns[reader.GetString(0)] = reader.GetString(1);
        return columns;
    }
}

public sealed class MigrationTestsOnSqlite() : MigrationTests(DatabaseProvider.Sqlite);

public sealed class MigrationTestsOnPostgres() : MigrationTests(DatabaseProvider.Postgres);
