using Microsoft.Data.Sqlite;
using Npgsql;
using Portal.Infrastructure.Settings;

namespace Portal.Infrastructure.Data;

/// <summary>The connection string fits the provider: a SQLite file, or a PostgreSQL server with host, database and user.</summary>
public sealed class DatabaseOptionsCheck : SettingsCheck<DatabaseOptions>
{
    private const string Setting = "ConnectionStrings:Portal";

    protected override IEnumerable<string> Problems(DatabaseOptions options)
    {
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(options.Provider) && !Enum.TryParse(options.Provider, ignoreCase: true, out provider))
        {
            yield return $"Database:Provider must be Sqlite or Postgres (it is '{options.Provider}').";
            yield break;
        }

        if (provider == DatabaseProvider.Postgres)
        {
            foreach (var problem in PostgresProblems(options.ConnectionString))
                yield return problem;
        }
        else if (options.ConnectionString is { Length: > 0 } sqlite && SqliteProblem(sqlite) is { } problem)
        {
            yield return problem;
        }
    }

    private static IEnumerable<string> PostgresProblems(string? connectionString)
    {
        const string Example = "Host=db.internal;Database=portal;Username=portal;Password=…";
        if (string.IsNullOrWhiteSpace(connectionString))
            return [$"Database:Provider is Postgres, so {Setting} must name the server ({Example}); it is empty."];

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException exception)
        {
            return [$"{Setting} is not a PostgreSQL connection string ({exception.Message}); expected {Example}."];
        }

        return new[] { ("Host", builder.Host), ("Database", builder.Database), ("Username", builder.Username) }
            .Where(part => string.IsNullOrWhiteSpace(part.Item2))
            .Select(part => $"{Setting} has no {part.Item1}=…; a PostgreSQL connection string needs Host, Database and Username ({Example}).");
    }

    private static string? SqliteProblem(string connectionString)
    {
        try
        {
            return string.IsNullOrWhiteSpace(new SqliteConnectionStringBuilder(connectionString).DataSource)
                ? $"{Setting} has no Data Source=…; on SQLite it names the database file, e.g. Data Source=App_Data/portal.db."
                : null;
        }
        catch (ArgumentException exception)
        {
            return $"{Setting} is not a SQLite connection string ({exception.Message}); expected Data Source=App_Data/portal.db, or set Database:Provider=Postgres.";
        }
    }
}
