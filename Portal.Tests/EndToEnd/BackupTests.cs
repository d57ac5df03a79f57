using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Data.Backups;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Tests.EndToEnd;

/// <summary>Backup while running, change, restore as docs/operations/backup.md says: the data is the backup's again.</summary>
public sealed class BackupTests
{
    [Fact]
    public async Task On_postgresql_the_backup_page_names_pg_dump_and_writes_no_file()
    {
        await using var database = await Support.TestDatabase.UnmigratedAsync(DatabaseProvider.Postgres);
        await using var host = new PortalHost().With("Database:Provider", "Postgres").With("ConnectionStrings:Portal", database.ConnectionString);
        var manager = host.Browser();
        await manager.GetAsync(new Uri("/dev/login?user=manager", UriKind.Relative), TestContext.Current.CancellationToken);

        var page = await manager.GetStringAsync(new Uri(BackupEndpoint.PagePath, UriKind.Relative), TestContext.Current.CancellationToken);
        using var form = new FormUrlEncodedContent([new("__RequestVerificationToken", await BackupPage.TokenAsync(manager))]);
        var response = await manager.PostAsync(new Uri(BackupEndpoint.TakePath, UriKind.Relative), form, TestContext.Current.CancellationToken);

        Assert.Contains("pg_dump", System.Net.WebUtility.HtmlDecode(page), StringComparison.Ordinal);
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

        var backup = await BackupPage.TakeAndDownloadAsync(manager);
        var before = await SnapshotAsync(host.DatabasePath);

        await using (var db = Context(host.DatabasePath))
        {
            db.Actor = "测试";
            var year = await db.FundYears.SingleAsync(TestContext.Current.CancellationToken);
            Assert.True(year.ChangeProjectAllocation(year.Projects.Single(p => p.Order == 10).Id, Money.FromWanYuan(15)).IsSuccess);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        Assert.NotEqual(before, await SnapshotAsync(host.DatabasePath));

        // Restore (docs/operations/backup.md): stop the portal, put the backup in place of the database (no -wal or -shm beside
        // it), start the portal. Here the backup becomes the database of a new portal.
        var folder = Directory.CreateTempSubdirectory("portal-restore-");
        var restoredPath = Path.Combine(folder.FullName, "portal.db");
        await File.WriteAllBytesAsync(restoredPath, backup, TestContext.Current.CancellationToken);
        await using (var restoredPortal = new PortalHost(restoredPath))
        {
            var viewer = restoredPortal.Browser();
            await viewer.GetAsync(new Uri("/dev/login?user=viewer", UriKind.Relative), TestContext.Current.CancellationToken);
            // The page sets a figure's decimals apart in their own element: read its text.
            var page = await viewer.GetStringAsync(new Uri("/social-assistance", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Contains("15.698", System.Text.RegularExpressions.Regex.Replace(page, "<[^>]+>", string.Empty), StringComparison.Ordinal);
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

        var page = await officer.GetAsync(new Uri(BackupEndpoint.PagePath, UriKind.Relative), TestContext.Current.CancellationToken);
        using var form = new FormUrlEncodedContent([]);
        var take = await officer.PostAsync(new Uri(BackupEndpoint.TakePath, UriKind.Relative), form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/no-access", page.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, take.StatusCode);
        Assert.Contains("/no-access", take.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(Path.GetDirectoryName(host.DatabasePath)!, "backups")));
    }

    [Fact]
    public async Task Another_site_cannot_make_a_managers_browser_take_a_backup()
    {
        await using var host = new PortalHost();
        var manager = host.Browser();
        await manager.GetAsync(new Uri("/dev/login?user=manager", UriKind.Relative), TestContext.Current.CancellationToken);
        var folder = Path.Combine(Path.GetDirectoryName(host.DatabasePath)!, "backups");

        // What a page of another site can make the browser send: a GET of the old address, a form post without the page's token.
        var oldAddress = await manager.GetAsync(new Uri("/admin/backup", UriKind.Relative), TestContext.Current.CancellationToken);
        using var crossSite = new FormUrlEncodedContent([]);
        var post = await manager.PostAsync(new Uri(BackupEndpoint.TakePath, UriKind.Relative), crossSite, TestContext.Current.CancellationToken);
        using var forged = new FormUrlEncodedContent([new("__RequestVerificationToken", "forged")]);
        var forgedPost = await manager.PostAsync(new Uri(BackupEndpoint.TakePath, UriKind.Relative), forged, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, oldAddress.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Equal(BackupMessages.StaleForm, await post.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.BadRequest, forgedPost.StatusCode);
        Assert.False(Directory.Exists(folder) && Directory.EnumerateFiles(folder).Any());
    }

    [Fact]
    public async Task Manual_backups_never_push_a_daily_backup_out()
    {
        await using var host = new PortalHost().With("Portal:Backups:Keep", "3").With("Portal:Backups:KeepManual", "2");
        var manager = host.Browser();
        await manager.GetAsync(new Uri("/dev/login?user=manager", UriKind.Relative), TestContext.Current.CancellationToken);
        var backups = host.Services.GetRequiredService<DatabaseBackup>();
        for (var day = 0; day < 3; day++)
            await backups.CreateAsync(BackupKind.Daily, TestContext.Current.CancellationToken);
        var daily = backups.List().Select(f => f.Name).ToList();

        var manual = new List<string>();
        for (var i = 0; i < 5; i++)
            manual.Add(await BackupPage.TakeAsync(manager));

        var kept = backups.List();
        Assert.Equal(daily.Order(), kept.Where(f => f.Kind == BackupKind.Daily).Select(f => f.Name).Order());
        Assert.Equal(manual.TakeLast(2).Order(), kept.Where(f => f.Kind == BackupKind.Manual).Select(f => f.Name).Order());
    }

    [Fact]
    public async Task The_backup_page_lists_each_backup_in_beijing_time_with_its_size_and_says_how_to_restore()
    {
        await using var host = new PortalHost();
        var manager = host.Browser();
        await manager.GetAsync(new Uri("/dev/login?user=manager", UriKind.Relative), TestContext.Current.CancellationToken);
        var name = await BackupPage.TakeAsync(manager);
        var file = host.Services.GetRequiredService<DatabaseBackup>().List().Single();

        var html = System.Net.WebUtility.HtmlDecode(await manager.GetStringAsync(new Uri($"{BackupEndpoint.PagePath}?taken={name}", UriKind.Relative), TestContext.Current.CancellationToken));

        Assert.Contains("已完成备份：" + name, html, StringComparison.Ordinal);
        Assert.Contains(file.TakenBeijing.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), html, StringComparison.Ordinal);
        Assert.Contains(file.Size, html, StringComparison.Ordinal);
        Assert.Contains("手动", html, StringComparison.Ordinal);
        Assert.Contains("改名为 portal.db", html, StringComparison.Ordinal);
        Assert.Contains($"{BackupEndpoint.FilesPath}/{name}", html, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromHours(8), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai").GetUtcOffset(file.TakenUtc));
    }

    [Fact]
    public async Task A_download_is_served_from_the_file_and_recorded_with_who_took_it()
    {
        await using var host = new PortalHost();
        var manager = host.Browser();
        await manager.GetAsync(new Uri("/dev/login?user=manager", UriKind.Relative), TestContext.Current.CancellationToken);
        var name = await BackupPage.TakeAsync(manager);
        var length = new FileInfo(host.Services.GetRequiredService<DatabaseBackup>().PathOf(name)!).Length;

        using var part = new HttpRequestMessage(HttpMethod.Get, $"{BackupEndpoint.FilesPath}/{name}");
        part.Headers.Range = new System.Net.Http.Headers.RangeHeaderValue(0, 99);
        var partial = await manager.SendAsync(part, TestContext.Current.CancellationToken);
        var whole = await BackupPage.DownloadAsync(manager, name);
        var outsider = await manager.GetAsync(new Uri($"{BackupEndpoint.FilesPath}/..%2Fportal.db", UriKind.Relative), TestContext.Current.CancellationToken);

        // A range is answered from the file on disk, as a download of a large database resumes.
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(100, (await partial.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Length);
        Assert.Equal(length, whole.Length);
        Assert.Equal(HttpStatusCode.NotFound, outsider.StatusCode);
        await using var db = Context(host.DatabasePath);
        var trail = await db.SecurityEvents.Where(e => e.Kind == BackupAudit.Taken || e.Kind == BackupAudit.Downloaded).OrderBy(e => e.Id).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([BackupAudit.Taken, BackupAudit.Downloaded, BackupAudit.Downloaded], trail.Select(e => e.Kind));
        Assert.All(trail, e => Assert.Equal(name, e.Detail));
        Assert.All(trail, e => Assert.Contains("(manager)", e.Actor, StringComparison.Ordinal));
        Assert.Contains("下载数据库备份 " + name, trail[^1].What, StringComparison.Ordinal);
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
