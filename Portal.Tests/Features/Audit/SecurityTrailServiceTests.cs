using Portal.Domain.ElderlySubsidy;
using Portal.Features.Audit;
using Portal.Features.ElderlySubsidy;
using Portal.Features.FundYears;
using Portal.Features.Users;
using Portal.Infrastructure.Data.Auditing;
using Portal.Infrastructure.Data.Backups;
using Portal.Security;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Audit;

/// <summary>访问与安全记录: sign-ins, refused writes, backups and account changes, with who and what, apart from the data changes.</summary>
public sealed class SecurityTrailServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private ServiceHarness _manager = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.SeededAsync();
        await _database.RegisterAsync("manager");
        _manager = new ServiceHarness(_database, ServiceHarness.Principal("manager", PortalRoles.Manager));
        Assert.True((await _manager.Get<FundYearAdminService>().CreateYearAsync(new NewFundYear("2021", "300", "100", "200", "2022-02-28"))).IsSuccess);
    }

    public async ValueTask DisposeAsync()
    {
        await _manager.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_viewer_s_refused_write_is_recorded_with_who_what_and_street()
    {
        await _database.RegisterAsync("viewer");
        await using var viewer = new ServiceHarness(_database, ServiceHarness.Principal("viewer", PortalRoles.Viewer));

        var refused = await viewer.Get<MonthlyEntryService>().SaveDraftAsync(new MonthEntry("xinjiekou", 2021, 3, null,
            [new LineEntry(SubsidyType.AdvancedAgeCode, "10", "1000", "0", null)]));
        var rows = (await _manager.Get<SecurityTrailService>().SearchAsync(new SecurityQuery(Kind: SecurityEventKind.Denied))).Value!.Rows;

        Assert.False(refused.IsSuccess);
        var denied = Assert.Single(rows);
        Assert.Equal(("viewer 测试用户", "新街口街道", "拒绝的操作"), (denied.Actor, denied.Street, denied.KindName));
        Assert.Contains("新街口街道 viewer 测试用户 被拒绝：保存老年人津贴补贴月报草稿（只读）", denied.Sentence, StringComparison.Ordinal);
        Assert.Single((await _manager.Get<SecurityTrailService>().SearchAsync(new SecurityQuery(StreetCode: "xinjiekou", Kind: SecurityEventKind.Denied))).Value!.Rows);
        Assert.Empty((await _manager.Get<SecurityTrailService>().SearchAsync(new SecurityQuery(StreetCode: "niujie", Kind: SecurityEventKind.Denied))).Value!.Rows);
    }

    [Fact]
    public async Task A_backup_download_is_recorded_with_who()
    {
        var file = new BackupFile("portal-manual-20261126-093000-000.db", BackupKind.Manual, new DateTime(2026, 11, 26, 1, 30, 0, DateTimeKind.Utc), 2048);

        var downloader = new PortalUser(new System.Security.Claims.ClaimsPrincipal(), "manager", "manager 测试用户", PortalRoles.Manager, null, null, null, null, false);
        await new BackupAudit(new SecurityLog(_database, _database.Clock), _database).RecordAsync(downloader, BackupAudit.Downloaded, file);
        var rows = (await _manager.Get<SecurityTrailService>().SearchAsync(new SecurityQuery(User: "manager"))).Value!.Rows;

        var download = Assert.Single(rows, r => r.Kind == SecurityEventKind.BackupDownloaded);
        Assert.Equal("manager 测试用户", download.Actor);
        Assert.EndsWith("manager 测试用户 下载数据库备份 portal-manual-20261126-093000-000.db（2 KB）", download.Sentence, StringComparison.Ordinal);
        Assert.Equal(file.Name, download.Detail);
    }

    [Fact]
    public async Task Sign_ins_and_account_changes_are_here_and_sign_ins_are_not_in_the_audit_trail()
    {
        await _database.RegisterAsync("officer");
        var officer = await _database.RegisterAsync("officer");
        Assert.True((await _manager.Get<UserDirectoryService>().AssignStreetAsync(officer.Id, "niujie", officer.Version)).IsSuccess);

        var rows = (await _manager.Get<SecurityTrailService>().SearchAsync(new SecurityQuery())).Value!.Rows;
        var audit = (await _manager.Get<AuditTrailService>().SearchAsync(new AuditQuery(Entity: "UserAccount"))).Value!.Rows;

        Assert.Equal(2, rows.Count(r => r.Kind == SecurityEventKind.SignIn && r.Actor == "officer 测试用户"));
        var assigned = Assert.Single(rows, r => r.Kind == SecurityTrailService.AccountChanged && r.Sentence.Contains("所属街道", StringComparison.Ordinal));
        Assert.Contains("将 用户“officer 测试用户” 所属街道 由 （空） 改为 牛街街道", assigned.Sentence, StringComparison.Ordinal);
        Assert.Equal("账户变更", assigned.KindName);
        Assert.DoesNotContain(audit, r => r.Action == "修改" && r.Changes.Any(c => c.Label == "最近登录"));
        Assert.All(rows, r => AuditTrailServiceTests.AssertReadable(r.Sentence));
    }

    [Fact]
    public async Task Only_managers_may_read_the_security_trail()
    {
        await _database.RegisterAsync("viewer");
        await using var viewer = new ServiceHarness(_database, ServiceHarness.Principal("viewer", PortalRoles.Viewer));

        var refused = await viewer.Get<SecurityTrailService>().SearchAsync(new SecurityQuery());

        Assert.Equal(AuthorizationMessages.ManagerOnly, refused.Refused);
    }
}
