using Npgsql;

namespace Portal.Tests.Support;

/// <summary>
/// The PostgreSQL server the tests run against, named by <c>PORTAL_TEST_POSTGRES</c> (a connection string
/// whose user may create databases). Without it a PostgreSQL test is skipped with the command that
/// provides one; under CI (CI=true) a missing server is a failure. Every test gets a database of its own.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "PORTAL_TEST_POSTGRES";

    public const string StartCommand = "source .ci/postgres (a throwaway cluster on 127.0.0.1; `bash .ci/run` does it)";

    public static string Require()
    {
        var connectionString = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(connectionString))
            return connectionString;
        Prerequisite.Missing($"{Variable} is not set: no PostgreSQL server to test against; start one with `{StartCommand}`.");
        return "";
    }

    /// <summary>Creates an empty database with a unique name and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var server = Require();
        var name = "portal_test_" + Guid.NewGuid().ToString("N");
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        await using (var pooled = new NpgsqlConnection(connectionString))
            NpgsqlConnection.ClearPool(pooled);
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(builder.ConnectionString) { Database = "postgres" }.ConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{builder.Database}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
