using Bunit;
using Microsoft.EntityFrameworkCore;
using Portal.Components.Shared;
using Portal.Domain.ElderlySubsidy;
using Portal.Features.Audit;
using Portal.Features.ElderlySubsidy;
using Portal.Features.FundYears;
using Portal.Infrastructure.Data;
using Portal.Security;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Audit;

/// <summary>The 修改记录 of a month, as its page shows it: each corrected figure by its label, in 元, old → new.</summary>
public sealed class EntityHistoryTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.SeededAsync();

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_month_s_history_shows_the_corrected_matching_funds_in_yuan()
    {
        await _database.RegisterAsync("manager");
        await _database.RegisterAsync("officer", "xinjiekou");
        await using (var manager = new ServiceHarness(_database, ServiceHarness.Principal("manager", PortalRoles.Manager)))
            Assert.True((await manager.Get<FundYearAdminService>().CreateYearAsync(new NewFundYear("2021", "300", "100", "200", "2022-02-28"))).IsSuccess);
        await using var officer = new ServiceHarness(_database, ServiceHarness.Principal("officer", PortalRoles.StreetStaff));
        var entry = officer.Get<MonthlyEntryService>();
        var draft = await entry.SaveDraftAsync(new MonthEntry("xinjiekou", 2021, 10, null, [new LineEntry(SubsidyType.AdvancedAgeCode, "15685", "0", "1569000", null)]));
        Assert.Equal("", draft.Error + string.Join(" ", draft.FieldErrors.Values));
        var month = (await entry.GridAsync("xinjiekou", 2021)).Value!.Months.Single(m => m.Month == 10);
        Assert.True((await entry.SubmitAsync(new MonthEntry("xinjiekou", 2021, 10, month.Version, [new LineEntry(SubsidyType.AdvancedAgeCode, "15685", "0", "1,568,500", null)]))).IsSuccess);

        await using var page = PortalPages.Create(_database, objectId: "officer", role: PortalRoles.StreetStaff);
        var history = page.Render<EntityHistory>(p => p.Add(h => h.EntityIds, [month.ReportId!.Value]));

        var sentences = history.WaitForElements("[data-testid=audit-sentence]").Select(e => e.TextContent).ToList();
        Assert.Contains(sentences, s => s.Contains("新街口街道 officer 测试用户 将 2021年10月 月报 状态 由 草稿 改为 已提交；高龄津贴 区财政配套资金 由 1,569,000.00 元 改为 1,568,500.00 元", StringComparison.Ordinal));
        Assert.All(sentences, AuditTrailServiceTests.AssertReadable);
    }

    [Fact]
    public void Every_audited_column_of_the_model_has_a_chinese_label()
    {
        using var db = _database.CreateDbContext();
        var unlabelled = db.Model.GetEntityTypes()
            .Where(t => t.ClrType.Namespace?.StartsWith("Portal.Domain", StringComparison.Ordinal) == true)
            .SelectMany(t => t.GetProperties().Select(p => (Entity: t.ClrType.Name, Name: p.Name))
                .Concat(t.GetComplexProperties().SelectMany(c => c.ComplexType.GetProperties().Select(p => (Entity: t.ClrType.Name, Name: c.Name + "." + p.Name)))))
            .Where(p => AuditFields.Find(p.Entity, p.Name) is null)
            .Select(p => p.Entity + "." + p.Name)
            .ToList();

        Assert.Empty(unlabelled);
    }
}
