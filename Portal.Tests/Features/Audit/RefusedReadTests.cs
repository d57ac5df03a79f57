using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Portal.Components.Shared;
using Portal.Features.Audit;
using Portal.Features.SocialAssistance;
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

    [Fact]
    public async Task A_project_of_another_district_asked_for_by_id_reads_as_missing_and_is_recorded_for_the_asking_district()
    {
        Assert.True((await SecondDistrict.AddAsync(_database)).IsSuccess);
        await _database.RegisterAsync("dc-manager", districtCode: SecondDistrict.Code);
        await using var dc = new ServiceHarness(_database, ServiceHarness.Principal("dc-manager", PortalRoles.Manager));
        await using var manager = new ServiceHarness(_database, ServiceHarness.Principal("manager", PortalRoles.Manager));
        var xicheng = (await manager.Get<ProjectListService>().ProjectsAsync(2020)).Value!.Projects[0].Id;

        var theirs = await dc.Get<ProjectService>().DetailAsync(xicheng);
        var unknown = await dc.Get<ProjectService>().DetailAsync(Guid.NewGuid());

        Assert.Equal(unknown.Missing, theirs.Missing);
        Assert.Null(theirs.Refused);
        var row = Assert.Single((await dc.Get<SecurityTrailService>().SearchAsync(new SecurityQuery(Kind: SecurityEventKind.DeniedRead))).Value!.Rows);
        Assert.EndsWith($"dc-manager 测试用户 被拒绝：查看其他区的项目（{xicheng}）（区民政局管理人员）", row.Sentence, StringComparison.Ordinal);

        // Each district's managers read their own district's access records only.
        var xichengRows = (await manager.Get<SecurityTrailService>().SearchAsync(new SecurityQuery())).Value!.Rows;
        Assert.Contains(xichengRows, r => r.Actor == "manager 测试用户" && r.Kind == SecurityEventKind.SignIn);
        Assert.DoesNotContain(xichengRows, r => r.Actor == "dc-manager 测试用户");
        Assert.DoesNotContain((await dc.Get<SecurityTrailService>().SearchAsync(new SecurityQuery())).Value!.Rows, r => r.Actor == "manager 测试用户");
    }

    [Fact]
    public async Task A_page_refused_inside_a_live_connection_is_recorded_once_per_address()
    {
        await using var context = PortalPages.Create(_database, "/admin/audit", objectId: "viewer", role: PortalRoles.Viewer);
        context.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var principal = ServiceHarness.Principal("viewer", PortalRoles.Viewer);
        var record = context.Render<RefusedPageRecord>(p => p.Add(r => r.User, principal));
        record.Render(p => p.Add(r => r.User, principal));
        context.Services.GetRequiredService<NavigationManager>().NavigateTo("/admin/security");
        record.Render(p => p.Add(r => r.User, principal));

        await using var manager = new ServiceHarness(_database, ServiceHarness.Principal("manager", PortalRoles.Manager));
        var rows = (await manager.Get<SecurityTrailService>().SearchAsync(new SecurityQuery(Kind: SecurityEventKind.DeniedRead))).Value!.Rows;
        Assert.Equal(["viewer 测试用户 被拒绝：打开页面 /admin/security（只读）", "viewer 测试用户 被拒绝：打开页面 /admin/audit（只读）"],
            rows.Select(r => r.Sentence[(r.Sentence.IndexOf("viewer", StringComparison.Ordinal))..]));
    }
}
