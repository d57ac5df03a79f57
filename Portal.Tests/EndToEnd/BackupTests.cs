using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Data.Backups;

namespace Portal.Tests.EndToEnd;

/// <summary>Backup while running, change, restore as the README says: the data is the backup's again.</summary>
public sealed class BackupTests
{
    [Fact]
    public async Task On_postgresql_the_backup_page_names_pg_dump_and_writes_no_file()
    {
        await using var database = await Support.TestDatabase.UnmigratedAsync(DatabaseProvider.Postgres);
        await using var host = new PortalHost().With("Database:Provider", "Postgres").With("ConnectionStrings:Portal", database.ConnectionString);
        var manager = host.Browser();
        await manager.GetAsync(new Uri("/dev/login?user=manager", UriKind.Relative), TestContext.Current.CancellationToken);

        var response = await manager.GetAsync(new Uri("/admin/backup", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(BackupMessages.UsePgDump, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.False(Directory.Exists(Path.Combine(Path.GetDirectoryName(host.DatabasePath)!, "backups")));
    }

    [Fact]
    public async Task A_downloaded_backup_restores_the_data_as_it_was()
    {
        await using var host = new PortalHost();
        var manager = host.Browser();
        await manager.GetAsync(new Uri("/dev/login?user=manager", UriKind.Relative), TestContext.Current.CancellationToken);

        var response = await manager.GetAsync(new Uri("/admin/backup", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var backup = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var before = await SnapshotAsync(host.DatabasePath);

        await using (var db = Context(host.DatabasePath))
        {
            db.Actor = "测试";
            var year = await db.FundYears.SingleAsync(TestContext.Current.CancellationToken);
            Assert.True(year.ChangeProjectAllocation(year.Projects.Single(p => p.Order == 10).Id, Money.FromWanYuan(15)).IsSuccess);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        Assert.NotEqual(before, await SnapshotAsync(host.DatabasePath));

        // Restore (README): stop the portal, put the backup in place of the database (no -wal or -shm beside
        // it), start the portal. Here the backup becomes the database of a new portal.
        var folder = Directory.CreateTempSubdirectory("portal-restore-");
        var restoredPath = Path.Combine(folder.FullName, "portal.db");
        await File.WriteAllBytesAsync(restoredPath, backup, TestContext.Current.CancellationToken);
        await using (var restoredPortal = new PortalHost(restoredPath))
        {
            var viewer = restoredPortal.Browser();
            await viewer.GetAsync(new Uri("/dev/login?user=viewer", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Contains("15.698", await viewer.GetStringAsync(new Uri("/social-assistance", UriKind.Relative), TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        SqliteConnection.ClearAllPools();
        var after = await SnapshotAsync(restoredPath);
        Assert.Equal(before.Split('|')[0], after.Split('|')[0]);
        await using (var restored = Context(restoredPath))
            Assert.Equal(["ok"], await restored.Database.SqlQueryRaw<string>("PRAGMA integrity_check").ToListAsync(TestContext.Current.CancellationToken));
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task A_street_officer_cannot_take_a_backup()
    {
        await using var host = new PortalHost();
        var officer = host.Browser();
        await officer.GetAsync(new Uri("/dev/login?user=staff-xinjiekou", UriKind.Relative), TestContext.Current.CancellationToken);

        var response = await officer.GetAsync(new Uri("/admin/backup", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/no-access", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-11-26T01:00:00+08:00", "01:00:00")]
    [InlineData("2026-11-26T02:00:00+08:00", "1.00:00:00")]
    [InlineData("2026-11-26T23:30:00+08:00", "02:30:00")]
    public void The_daily_backup_waits_for_the_next_2_am(string now, string wait)
    {
        Assert.Equal(TimeSpan.Parse(wait, System.Globalization.CultureInfo.InvariantCulture), DailyBackupService.UntilNext(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), new TimeOnly(2, 0)));
    }

    private static PortalDbContext Context(string path) =>
        new(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options);

    /// <summary>What matters of the data: every project's allocation and the number of audit rows.</summary>
    private static async Task<string> SnapshotAsync(string path)
    {
        await using var db = Context(path);
        var allocations = await db.Set<Portal.Domain.SocialAssistance.Project>().OrderBy(p => p.Order).Select(p => p.Allocation).ToListAsync();
        return string.Join(",", allocations.Select(a => a.ToWanYuan())) + "|" + await db.AuditEntries.CountAsync();
    }
}
