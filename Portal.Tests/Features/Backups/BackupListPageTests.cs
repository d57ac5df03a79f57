using Portal.Infrastructure.Data.Auditing;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Components.Pages.Backups;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Data.Backups;
using Portal.Security;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Backups;

/// <summary>The 备份 page's list: each backup in Beijing time with its size, and who took a manual one.</summary>
public sealed class BackupListPageTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "portal-backup-page-" + Guid.NewGuid().ToString("N"));

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.SeededAsync();
        await _database.RegisterAsync("manager");
        Directory.CreateDirectory(_folder);
    }

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Daily_and_manual_backups_are_listed_newest_first_with_beijing_time_size_and_who_took_the_manual_one()
    {
        var daily = Write("portal-daily-20261202-020000-000.db", 3 * 1024 * 1024 / 2, new DateTime(2026, 12, 1, 18, 0, 0, DateTimeKind.Utc));
        var manual = Write("portal-manual-20261203-093015-120.db", 4096, new DateTime(2026, 12, 3, 1, 30, 15, DateTimeKind.Utc));
        var unknown = Write("portal-manual-20261203-100000-000.db", 10, new DateTime(2026, 12, 3, 2, 0, 0, DateTimeKind.Utc));
        var audit = new BackupAudit(new SecurityLog(_database, _database.Clock), _database);
        await audit.RecordAsync(Manager("王芳"), BackupAudit.Taken, new BackupFile(manual, BackupKind.Manual, DateTime.UtcNow, 4096), Xunit.TestContext.Current.CancellationToken);
        await audit.RecordAsync(Manager("李强"), BackupAudit.Downloaded, new BackupFile(manual, BackupKind.Manual, DateTime.UtcNow, 4096), Xunit.TestContext.Current.CancellationToken);
        await using var context = Page();

        var page = context.Render<BackupList>();

        var rows = page.FindAll("[data-testid=backup-row]").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).Where((_, i) => i != 1).ToArray()).ToList();
        Assert.Equal(
            [
                ["2026-12-03 10:00:00", "手动", "10 B", "—"],
                ["2026-12-03 09:30:15", "手动", "4 KB", "王芳"],
                ["2026-12-02 02:00:00", "每日", "1.5 MB", "平台自动"],
            ],
            rows);
        Assert.Equal($"{BackupEndpoint.FilesPath}/{daily}", page.FindAll("[data-testid=backup-download]")[2].GetAttribute("href"));
        Assert.Contains(unknown, page.FindAll("[data-testid=backup-download]")[0].GetAttribute("href"), StringComparison.Ordinal);
        Assert.NotNull(page.Find("form[method=post][action='/admin/backups/take'] [data-testid=take-backup]"));
        Assert.Equal("立即备份", page.Find("[data-testid=take-backup]").TextContent.Trim());
        Assert.Contains("改名为 portal.db", page.Find("[data-testid=restore-steps]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_no_backups_the_page_says_so_and_still_offers_to_take_one()
    {
        await using var context = Page();

        var page = context.Render<BackupList>();

        Assert.Empty(page.FindAll("[data-testid=backup-row]"));
        Assert.Contains("还没有备份。", page.Find("[data-testid=backup-table]").TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Find("[data-testid=take-backup]"));
    }

    private Bunit.BunitContext Page() => PortalPages.Create(_database, "/admin/backups", services: services =>
    {
        services.AddSingleton(new DatabaseSettings(DatabaseProvider.Sqlite));
        services.AddSingleton(Options.Create(new BackupOptions { Folder = _folder }));
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = _folder });
        services.AddSingleton<ILogger<DatabaseBackup>>(NullLogger<DatabaseBackup>.Instance);
        services.AddSingleton<DatabaseBackup>();
        services.AddSingleton(new BackupAudit(new SecurityLog(_database, _database.Clock), _database));
    });

    private string Write(string name, int bytes, DateTime writtenUtc)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, new byte[bytes]);
        File.SetLastWriteTimeUtc(path, writtenUtc);
        return name;
    }

    private static PortalUser Manager(string name) => new(new System.Security.Claims.ClaimsPrincipal(), "manager-" + name, name, PortalRoles.Manager, null, null, null, null, false);
}
