using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.ElderlySubsidy;
using Portal.Features.Audit;
using Portal.Features.ElderlySubsidy;
using Portal.Features.FundYears;
using Portal.Features.SocialAssistance;
using Portal.Security;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Audit;

/// <summary>Managers find every change by user, street, entity and date; each entity shows its own history, in Chinese sentences.</summary>
public sealed partial class AuditTrailServiceTests : IAsyncLifetime
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
        Assert.True((await _manager.Get<FundYearAdminService>().CreateYearAsync(new NewFundYear("2021", "300", "100", "200", "2022-02-28"))).IsSuccess);
        Assert.True((await _officer.Get<MonthlyEntryService>().SaveDraftAsync(new MonthEntry("xinjiekou", 2021, 3, null,
            [new LineEntry(SubsidyType.AdvancedAgeCode, "10", "1000", "1569000", "<script>alert('x')</script>")]))).IsSuccess);
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
        var audit = _manager.Get<AuditTrailService>();

        var byOfficer = (await audit.SearchAsync(new AuditQuery(User: "officer"))).Value!.Rows;
        var byStreet = (await audit.SearchAsync(new AuditQuery(StreetCode: "xinjiekou", Entity: "SubsidyReport"))).Value!.Rows;
        var years = (await audit.SearchAsync(new AuditQuery(Entity: "FundYear", From: new DateOnly(2026, 1, 1)))).Value!.Rows;
        var nothingBefore = (await audit.SearchAsync(new AuditQuery(To: new DateOnly(2000, 1, 1)))).Value!.Rows;

        Assert.NotEmpty(byOfficer);
        Assert.All(byOfficer, r => Assert.EndsWith("officer 测试用户", r.Actor, StringComparison.Ordinal));
        Assert.Contains(byOfficer, r => r.ActorRecorded == "officer 测试用户 (officer)" && r.Entity == "SubsidyReport");
        var report = Assert.Single(byStreet);
        Assert.Equal(("新增", "新街口街道", "津贴补贴月报"), (report.Action, report.Street, report.EntityName));
        Assert.Contains(years, r => r.After!.Contains("\"Year\":2021", StringComparison.Ordinal) && r.Sentence.Contains("新增 2021年度资金", StringComparison.Ordinal));
        Assert.Empty(nothingBefore);
    }

    [Fact]
    public async Task A_month_s_history_shows_its_corrected_figures_in_yuan_old_to_new()
    {
        var entry = _officer.Get<MonthlyEntryService>();
        var month = (await entry.GridAsync("xinjiekou", 2021)).Value!.Months.Single(m => m.Month == 3);

        Assert.True((await entry.SubmitAsync(new MonthEntry("xinjiekou", 2021, 3, month.Version,
            [new LineEntry(SubsidyType.AdvancedAgeCode, "10", "1000", "1568500", "<script>alert('x')</script>")]))).IsSuccess);
        var history = await _officer.Get<AuditTrailService>().HistoryAsync([month.ReportId!.Value]);

        // One entry per save of the month, its changed lines inside it, named by their subsidy.
        Assert.All(history, r => Assert.Equal("SubsidyReport", r.Entity));
        var submitted = Assert.Single(history, r => r.Action == "修改");
        Assert.Contains("新街口街道 officer 测试用户 将 2021年3月 月报 状态 由 草稿 改为 已提交；高龄津贴 区财政配套资金 由 1,569,000.00 元 改为 1,568,500.00 元", submitted.Sentence, StringComparison.Ordinal);
        Assert.Equal([new AuditChange("状态", "草稿", "已提交"), new AuditChange("高龄津贴 区财政配套资金", "1,569,000.00 元", "1,568,500.00 元")], submitted.Changes);
        var added = Assert.Single(history, r => r.Action == "新增");
        Assert.Contains("高龄津贴 人次 10，高龄津贴 彩票公益金 1,000.00 元，高龄津贴 区财政配套资金 1,569,000.00 元", added.Sentence, StringComparison.Ordinal);
        Assert.All(history, r => AssertReadable(r.Sentence));
        Assert.Equal("<script>alert('x')</script>", month.Lines.Single(l => l.SubsidyCode == SubsidyType.AdvancedAgeCode).FlagComment);
    }

    [Fact]
    public async Task An_entry_of_one_line_written_before_months_held_their_lines_still_reads_in_the_month_s_history()
    {
        var month = (await _officer.Get<MonthlyEntryService>().GridAsync("xinjiekou", 2021)).Value!.Months.Single(m => m.Month == 3);
        await using (var db = _database.CreateDbContext())
        {
            var line = await db.Set<SubsidyLine>().SingleAsync(l => l.ReportId == month.ReportId);
            var street = await db.Streets.Where(s => s.Code == "xinjiekou").Select(s => s.Id).SingleAsync();
            db.AuditEntries.Add(new Portal.Infrastructure.Data.Auditing.AuditEntry
            {
                At = new DateTime(2026, 11, 1, 2, 0, 0, DateTimeKind.Utc),
                Actor = "officer 测试用户 (officer)",
                Entity = "SubsidyLine",
                EntityId = line.Id.ToString(),
                Action = "Modified",
                StreetId = street,
                Before = "{\"Matching\":156900000}",
                After = "{\"Matching\":156850000}",
            });
            db.Actor = "测试准备";
            await db.SaveChangesAsync();
        }

        var history = await _officer.Get<AuditTrailService>().HistoryAsync([month.ReportId!.Value]);

        var older = Assert.Single(history, r => r.Entity == "SubsidyLine");
        Assert.Contains("新街口街道 officer 测试用户 将 2021年3月 高龄津贴 区财政配套资金 由 1,569,000.00 元 改为 1,568,500.00 元", older.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filtering_by_niujie_finds_its_monthly_lines_and_its_spending()
    {
        await _database.RegisterAsync("niujie-officer", "niujie");
        await using var niujie = new ServiceHarness(_database, ServiceHarness.Principal("niujie-officer", PortalRoles.StreetStaff));
        Assert.True((await niujie.Get<MonthlyEntryService>().SaveDraftAsync(new MonthEntry("niujie", 2021, 2, null,
            [new LineEntry(SubsidyType.DisabilityCareCode, "3", "600", "0", null)]))).IsSuccess);
        var childProtection = (await _manager.Get<ProjectListService>().ProjectsAsync(2020)).Value!.Projects.Single(p => p.Name.Contains("儿童", StringComparison.Ordinal));
        var detail = (await _manager.Get<ProjectService>().DetailAsync(childProtection.Id)).Value!;
        var share = detail.Shares.Single(s => s.StreetName.StartsWith("牛街", StringComparison.Ordinal));
        Assert.True((await niujie.Get<SpendingService>().RecordAsync(new SpendingForm(childProtection.Id, share.SubprojectId, share.Id, "2020-06-01", "2.5", "购买书籍"))).IsSuccess);

        var rows = (await _manager.Get<AuditTrailService>().SearchAsync(new AuditQuery(StreetCode: "niujie"))).Value!.Rows;

        Assert.Contains(rows, r => r.Entity == "SubsidyReport" && r.Sentence.Contains("2021年2月 月报", StringComparison.Ordinal) && r.Sentence.Contains("失能老年人护理补贴 彩票公益金 600.00 元", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Entity == "Spending" && r.Sentence.Contains("支出金额 2.5 万元", StringComparison.Ordinal) && r.Street == "牛街街道");
        Assert.DoesNotContain(rows, r => r.Street != "牛街街道");
        Assert.All(rows, r => AssertReadable(r.Sentence));
    }

    [Fact]
    public async Task A_sign_in_of_a_known_account_writes_no_audit_row()
    {
        int before;
        await using (var db = _database.CreateDbContext())
            before = await db.AuditEntries.CountAsync();

        await _database.RegisterAsync("manager");

        await using var after = _database.CreateDbContext();
        Assert.Equal(before, await after.AuditEntries.CountAsync());
        Assert.Equal(2, await after.SecurityEvents.CountAsync(e => e.Kind == "SignIn" && e.Actor == "manager 测试用户 (manager)"));
    }

    [Fact]
    public async Task Only_managers_may_search_the_trail()
    {
        var refused = await _officer.Get<AuditTrailService>().SearchAsync(new AuditQuery());

        Assert.Equal(AuthorizationMessages.ManagerOnly, refused.Refused);
    }

    /// <summary>What a person reads carries no id, no status number and no amount in fen.</summary>
    internal static void AssertReadable(string sentence)
    {
        Assert.DoesNotMatch(GuidPattern(), sentence);
        Assert.DoesNotContain("\"", sentence, StringComparison.Ordinal);
        Assert.DoesNotContain("Status", sentence, StringComparison.Ordinal);
        Assert.DoesNotContain("Fen", sentence, StringComparison.Ordinal);
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidPattern();
}
