using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Portal.Infrastructure.Data.Backups;

/// <summary>
/// Online backups with SQLite's backup API: a consistent copy taken while the portal keeps running, never a
/// file copy of a database being written. A backup never holds the data-protection key ring (it would let
/// whoever holds the file sign session cookies): the copy's key rows are deleted and the file rebuilt
/// before it appears in the folder. Daily and manual backups are kept apart, each with its own count.
/// </summary>
public sealed partial class DatabaseBackup(
    IDbContextFactory<PortalDbContext> contextFactory,
    IOptions<BackupOptions> options,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<DatabaseBackup> logger)
{
    public const string Prefix = "portal-";

    /// <summary>Writes a backup into the backup folder and returns its path; keeps the newest of its kind.</summary>
    public async Task<string> CreateAsync(BackupKind kind, CancellationToken cancellationToken = default)
    {
        var folder = Folder();
        Directory.CreateDirectory(folder);
        var name = Prefix + (kind == BackupKind.Manual ? "manual-" : "daily-")
            + BeijingTime.FromUtc(clock.GetUtcNow().UtcDateTime).ToString("yyyyMMdd-HHmmss-fff", CultureInfo.InvariantCulture) + ".db";
        var path = Path.Combine(folder, name);
        var partial = path + ".partial";
        try
        {
            await WriteAsync(partial, cancellationToken);
            File.Move(partial, path);
        }
        finally
        {
            SqliteConnection.ClearPool(new SqliteConnection(Connection(partial)));
            File.Delete(partial);
        }

        Prune(kind, kind == BackupKind.Manual ? options.Value.KeepManual : options.Value.Keep);
        LogBackup(logger, path);
        return path;
    }

    /// <summary>Writes a consistent copy of the live database, without the key ring, to <paramref name="path"/>.</summary>
    public async Task WriteAsync(string path, CancellationToken cancellationToken = default)
    {
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            var source = (SqliteConnection)db.Database.GetDbConnection();
            await source.OpenAsync(cancellationToken);
            await using var destination = new SqliteConnection(Connection(path));
            await destination.OpenAsync(cancellationToken);
            source.BackupDatabase(destination);
        }

        await using var copy = new SqliteConnection(Connection(path));
        await copy.OpenAsync(cancellationToken);
        await using var strip = copy.CreateCommand();
        // VACUUM rebuilds the file, so not even the freed pages keep a trace of the keys.
        strip.CommandText = """DELETE FROM "DataProtectionKeys"; VACUUM;""";
        await strip.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The backups in the folder, newest first.</summary>
    public IReadOnlyList<BackupFile> List()
    {
        var folder = Folder();
        if (!Directory.Exists(folder))
            return [];
        return new DirectoryInfo(folder).GetFiles(Prefix + "*.db")
            .Select(f => KindOf(f.Name) is { } kind ? new BackupFile(f.Name, kind, f.LastWriteTimeUtc, f.Length) : null)
            .OfType<BackupFile>()
            .OrderByDescending(f => f.TakenUtc)
            .ThenByDescending(f => f.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The full path of a listed backup, or null for any name that is not one (no path ever comes from the caller).</summary>
    public string? PathOf(string? name) =>
        name is not null && List().FirstOrDefault(f => f.Name == name) is { } file ? Path.Combine(Folder(), file.Name) : null;

    public string Folder() =>
        Path.IsPathRooted(options.Value.Folder) ? options.Value.Folder : Path.Combine(environment.ContentRootPath, options.Value.Folder);

    /// <summary>portal-daily-…, portal-manual-…, and portal-2026…: the daily backups of earlier versions.</summary>
    internal static BackupKind? KindOf(string name) => BackupName().Match(name) is { Success: true } match
        ? match.Groups["kind"].Value == "manual-" ? BackupKind.Manual : BackupKind.Daily
        : null;

    private void Prune(BackupKind kind, int keep)
    {
        foreach (var old in List().Where(f => f.Kind == kind).OrderByDescending(f => BackupName().Match(f.Name).Groups["stamp"].Value, StringComparer.Ordinal).Skip(Math.Max(1, keep)))
            File.Delete(Path.Combine(Folder(), old.Name));
    }

    private static string Connection(string path) => new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();

    [GeneratedRegex(@"^portal-(?<kind>daily-|manual-)?(?<stamp>\d{8}-\d{6}-\d{3})\.db$", RegexOptions.CultureInvariant)]
    private static partial Regex BackupName();

    [LoggerMessage(Level = LogLevel.Information, Message = "Database backed up to {Path}")]
    private static partial void LogBackup(ILogger logger, string path);
}
