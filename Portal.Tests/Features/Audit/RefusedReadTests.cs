using Portal.Features.Audit;
using Portal.Features.Streets;
using Portal.Infrastructure.Data.Auditing;
using Portal.Security;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Audit;

/// <summary>A read the server refuses is recorded in 访问与安全记录 once, with who, what and the street asked for.</summary>
public sealed class RefusedReadTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.SeededAsync();
        await _database.RegisterAsync("manager");
        await _database.RegisterAsync("officer", "xinjiekou");
        await _database.RegisterAsync("viewer");
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Another_street_s_page_asked_for_again_and_again_is_one_row_with_that_street()
    {
        await using var officer = new ServiceHarness(_database, ServiceHarness.Principal("officer", PortalRoles.StreetStaff));
        for (var render = 0; render < 3; render++)
            Assert.NotNull((await officer.Get<StreetOverviewService>().OverviewAsync("niujie", 2020)).Refused);

        await using var manager = new ServiceHarness(_database, ServiceHarness.Principal("manager", PortalRoles.Manager));
        var rows = (await manager.Get<SecurityTrailService>().SearchAsync(new SecurityQuery(Kind: SecurityEventKind.DeniedRead))).Value!.Rows;

        var row = Assert.Single(rows);
        Assert.Equal(("officer 测试用户", "牛街街道", "拒绝的访问"), (row.Actor, row.Street, row.KindName));
        Assert.EndsWith("牛街街道 officer 测试用户 被拒绝：查看街道页面（niujie）（街道工作人员）", row.Sentence, StringComparison.Ordinal);
        Assert.Equal("Read Street/niujie", row.Detail);
        Assert.Single((await manager.Get<SecurityTrailService>().SearchAsync(new SecurityQuery(StreetCode: "niujie", Kind: SecurityEventKind.DeniedRead))).Value!.Rows);
    }

    [Fact]
    public async Task A_viewer_asking_for_the_audit_trail_is_recorded_and_a_manager_reading_it_is_not()
    {
        await using var viewer = new ServiceHarness(_database, ServiceHarness.Principal("viewer", PortalRoles.Viewer));
        Assert.NotNull((await viewer.Get<AuditTrailService>().SearchAsync(new AuditQuery())).Refused);

        await using var manager = new ServiceHarness(_database, ServiceHarness.Principal("manager", PortalRoles.Manager));
        Assert.NotNull((await manager.Get<AuditTrailService>().SearchAsync(new AuditQuery())).Value);
        var rows = (await manager.Get<SecurityTrailService>().SearchAsync(new SecurityQuery(Kind: SecurityEventKind.DeniedRead))).Value!.Rows;

        var row = Assert.Single(rows);
        Assert.EndsWith("viewer 测试用户 被拒绝：查看操作记录（只读）", row.Sentence, StringComparison.Ordinal);
        Assert.Null(row.Street);
    }
}
