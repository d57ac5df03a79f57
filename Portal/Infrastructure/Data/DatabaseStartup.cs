using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Features.FundYears;
using Portal.Infrastructure.Data.Seeding;

namespace Portal.Infrastructure.Data;

/// <summary>
/// Brings the database up to date before the portal serves anyone: creates the folder and file, applies
/// migrations, switches SQLite to write-ahead logging (and checks that it took), then seeds what is missing.
/// A database that is already up to date and seeded is recognised by one read (<see cref="UpToDateCheck"/>).
/// On PostgreSQL only the migrations and the seed apply; several nodes may start at once (EF takes the
/// migrations lock, the seed runs under the portal's write lock).
/// </summary>
public sealed partial class DatabaseStartup(
    IDbContextFactory<PortalDbContext> contextFactory,
    DatabaseSeeder seeder,
    ILogger<DatabaseStartup> logger,
    IOptions<PortalOptions>? options = null)
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _started;

    /// <summary>
    /// Completes when the start-up begun by <see cref="Start"/> has brought the database up to date; faults
    /// with its exception when it could not. Requests wait for it (<see cref="DatabaseReadyGate"/>).
    /// </summary>
    public Task Ready => _ready.Task;

    /// <summary>
    /// Runs <see cref="RunAsync"/> on the thread pool, so that the web host starts in the meantime, and
    /// returns <see cref="Ready"/>. Only the first call starts anything; <paramref name="cancellationToken"/>
    /// (the portal stopping) cancels the start-up.
    /// </summary>
    public Task Start(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _started, 1) == 0)
        {
            _ = Task.Run(async () =>
            {
                try
                {
                    await RunAsync(cancellationToken);
                    await CheckDistrictAsync(cancellationToken);
                    _ready.TrySetResult();
                }
                catch (Exception exception)
                {
                    _ready.TrySetException(exception);
                }
            }, CancellationToken.None);
        }

        return Ready;
    }

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            var sqlite = db.Database.IsSqlite();
            if (sqlite)
                EnsureFolderExists(db.Database.GetConnectionString());
            var upToDate = await UpToDateCheck.IsUpToDateAsync(db, seeder.Expected, cancellationToken);
            StartupTiming.Mark(upToDate ? "database: up to date and seeded" : "database: work to do");
            if (!upToDate)
            {
                await MigrateAsync(db, cancellationToken);
                StartupTiming.Mark("database: migrated");
            }

            if (sqlite)
                await EnsureWriteAheadLogAsync(db, cancellationToken);

            // Before anything reads the key ring: keys from before it was encrypted must not sign another cookie.
            await KeyRing.UnencryptedKeys.RemoveAsync(db, logger, cancellationToken);
            if (upToDate)
            {
                LogUpToDate(logger);
                return;
            }
        }

        await seeder.SeedAsync(cancellationToken);
        StartupTiming.Mark("database: seeded");
        LogReady(logger);
    }

    /// <summary>
    /// A database that holds districts but not the configured one (<see cref="PortalOptions.DistrictCode"/>)
    /// refuses the start with a message naming what is there: new accounts would otherwise have no district.
    /// An empty database starts, and shows the first-run page.
    /// </summary>
    private async Task CheckDistrictAsync(CancellationToken cancellationToken)
    {
        if (options?.Value.DistrictCode is not { } code)
            return;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var codes = await db.Districts.AsNoTracking().Select(d => d.Code).OrderBy(c => c).ToListAsync(cancellationToken);
        if (codes.Count > 0 && !codes.Contains(code))
        {
            throw new PortalStartRefusedException(
                $"Portal:DistrictCode is '{code}', but the database holds no such district (it holds: {string.Join(", ", codes)}). " +
                $"Set Portal:DistrictCode to one of them, or set the district up first with: dotnet Portal.dll {AddDistrictCommand.Name} <file.json>.");
        }
    }

    /// <summary>
    /// Applies the pending migrations. On PostgreSQL several nodes may start at once: EF works out what is
    /// pending before it takes its own lock, so two nodes would both apply a migration after the first. A
    /// session lock of the portal's, held from before that moment until the last migration is in, lets one
    /// node migrate while the others wait and then find nothing pending.
    /// </summary>
    private static async Task MigrateAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.MigrateAsync(cancellationToken);
            return;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_lock(" + MigrationLockKey + ")", cancellationToken);
            try
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_unlock(" + MigrationLockKey + ")", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The advisory lock nodes migrate under; apart from the write lock (<see cref="PostgresWriteLock"/>).</summary>
    private const string MigrationLockKey = "202000002";

    private static void EnsureFolderExists(string? connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal))
            return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);
    }

    /// <summary>WAL lets readers go on while one writer writes; EF does not always switch a new file to it.</summary>
    private async Task EnsureWriteAheadLogAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL;";
            var mode = (string?)await command.ExecuteScalarAsync(cancellationToken);
            if (string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
                return;
            if (string.Equals(mode, "memory", StringComparison.OrdinalIgnoreCase))
            {
                LogInMemory(logger);
                return;
            }

            throw new InvalidOperationException($"SQLite refused write-ahead logging (journal_mode is {mode}).");
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database already up to date and seeded.")]
    private static partial void LogUpToDate(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database migrated and seeded.")]
    private static partial void LogReady(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "In-memory database: write-ahead log not applicable.")]
    private static partial void LogInMemory(ILogger logger);
}
