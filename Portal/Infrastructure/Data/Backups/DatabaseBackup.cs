using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Portal.Infrastructure.Data.Backups;

/// <summary>
/// Online backups with SQLite's backup API: a consistent copy taken while the portal keeps running, never a
/// file copy of a database being written.
/// </summary>
public sealed partial class DatabaseBackup(
    IDbContextFactory<PortalDbContext> contextFactory,
    IOptions<BackupOptions> options,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<DatabaseBackup> logger)
{
    public const string Prefix = "portal-";

    /// <summary>Writes a backup into the backup folder and returns its path; keeps the newest <see cref="BackupOptions.Keep"/>.</summary>
    public async Task<string> CreateAsync(CancellationToken cancellationToken = default)
    {
        var folder = Folder();
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, Prefix + clock.GetLocalNow().ToString("yyyyMMdd-HHmmss-fff", CultureInfo.InvariantCulture) + ".db");
        await WriteAsync(path, cancellationToken);
        Prune(folder);
        LogBackup(logger, path);
        return path;
    }

    /// <summary>Writes a consistent copy of the live database to <paramref name="path"/>.</summary>
    public async Task WriteAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var source = (SqliteConnection)db.Database.GetDbConnection();
        await source.OpenAsync(cancellationToken);
        await using var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await destination.OpenAsync(cancellationToken);
        source.BackupDatabase(destination);
    }

    public string Folder() =>
        Path.IsPathRooted(options.Value.Folder) ? options.Value.Folder : Path.Combine(environment.ContentRootPath, options.Value.Folder);

    private void Prune(string folder)
    {
        var keep = Math.Max(1, options.Value.Keep);
        foreach (var old in new DirectoryInfo(folder).GetFiles(Prefix + "*.db").OrderByDescending(f => f.Name, StringComparer.Ordinal).Skip(keep))
            old.Delete();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database backed up to {Path}")]
    private static partial void LogBackup(ILogger logger, string path);
}
