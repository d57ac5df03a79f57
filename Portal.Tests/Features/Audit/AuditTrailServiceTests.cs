using Portal.Domain.ElderlySubsidy;
using Portal.Features.Audit;
using Portal.Features.ElderlySubsidy;
using Portal.Features.FundYears;
using Portal.Security;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Audit;

/// <summary>Managers find every change by user, street, entity and date; each entity shows its own history.</summary>
public sealed class AuditTrailServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private ServiceHarness _manager = null!;
    private ServiceHarness _officer = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.SeededAsync();
        await _database.RegisterAsync("manager");
        await _database.RegisterAsync("officer", "xinjiekou");
        _manager = new ServiceHarness(_database, ServiceHarness.Principal("manager", PortalRoles.Manager));
        _officer = new ServiceHarness(_database, ServiceHarness.Principal("officer", PortalRoles.StreetStaff));
        Assert.True((await _manager.Get<IFundYearAdminService>().CreateYearAsync(new NewFundYear("2021", "300", "100", "200", "2022-02-28"))).IsSuccess);
        Assert.True((await _officer.Get<IMonthlyEntryService>().SaveDraftAsync(new MonthEntry("xinjiekou", 2021, 3, null,
            [new LineEntry(SubsidyType.AdvancedAgeCode, "10", "1000", "0", "<script>alert('x')</script>")]))).IsSuccess);
    }

    public async ValueTask DisposeAsync()
    {
        await _manager.DisposeAsync();
        await _officer.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task The_trail_is_filtered_by_user_street_entity_and_date()
    {
        var audit = _manager.Get<IAuditTrailService>();

        var byOfficer = (await audit.SearchAsync(new AuditQuery(User: "officer"))).Value!.Rows;
        var byStreet = (await audit.SearchAsync(new AuditQuery(StreetCode: "xinjiekou", Entity: "SubsidyReport"))).Value!.Rows;
        var years = (await audit.SearchAsync(new AuditQuery(Entity: "FundYear", From: new DateOnly(2026, 1, 1)))).Value!.Rows;
        var nothingBefore = (await audit.SearchAsync(new AuditQuery(To: new DateOnly(2000, 1, 1)))).Value!.Rows;

        Assert.NotEmpty(byOfficer);
        Assert.All(byOfficer, r => Assert.Contains("officer 测试用户 (officer)", r.Actor, StringComparison.Ordinal));
        Assert.Contains(byOfficer, r => r.Actor == "officer 测试用户 (officer)" && r.Entity == "SubsidyReport");
        var report = Assert.Single(byStreet);
        Assert.Equal(("新增", "新街口街道", "津贴补贴月报"), (report.Action, report.Street, report.EntityName));
        Assert.Contains(years, r => r.After!.Contains("\"Year\":2021", StringComparison.Ordinal));
        Assert.Empty(nothingBefore);
    }

    [Fact]
    public async Task A_month_s_history_keeps_script_text_as_plain_text()
    {
        var month = (await _officer.Get<IMonthlyEntryService>().GridAsync("xinjiekou", 2021)).Value!.Months.Single(m => m.Month == 3);

        var history = await _officer.Get<IAuditTrailService>().HistoryAsync([month.ReportId!.Value]);

        Assert.Single(history);
        Assert.Equal("<script>alert('x')</script>", month.Lines.Single(l => l.SubsidyCode == SubsidyType.AdvancedAgeCode).FlagComment);
    }

    [Fact]
    public async Task Only_managers_may_search_the_trail()
    {
        var refused = await _officer.Get<IAuditTrailService>().SearchAsync(new AuditQuery());

        Assert.Equal(AuthorizationMessages.ManagerOnly, refused.Refused);
    }
}
