using Microsoft.EntityFrameworkCore;
using Portal.Domain.SocialAssistance;
using Portal.Features.Reports;
using Portal.Features.SocialAssistance;
using Portal.Security;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Reports;

/// <summary>
/// After the 2020 report is published, a payment dated into 2020 is refused unless it is entered as a 更正 with
/// a reason; the check before the next version lists each 更正, so republishing says what changed and why, and
/// that version's history keeps the list.
/// </summary>
public sealed class PublishedYearCorrectionTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private ServiceHarness _manager = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.SeededAsync();
        await _database.RegisterAsync("manager");
        _manager = new ServiceHarness(_database, ServiceHarness.Principal("manager", PortalRoles.Manager));
    }

    public async ValueTask DisposeAsync()
    {
        await _manager.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_payment_into_the_published_year_needs_a_reason_and_the_next_version_names_it()
    {
        var reports = _manager.Get<AnnualReportService>();
        Assert.True((await reports.PublishAsync(2020, "滞后原因见绩效跟踪报告")).IsSuccess);
        var tracking = await TrackingAsync();
        Assert.Equal(1, tracking.PublishedEdition);
        var before = await CountsAsync();

        var refused = await _manager.Get<SpendingService>().RecordAsync(new SpendingForm(tracking.Id, null, null, "2020-12-01", "0.5", "评价报告印制"));

        Assert.Equal(ProjectMessages.PublishedYearNeedsReason(1), refused.FieldErrors[ProjectFields.Reason]);
        Assert.Equal(before, await CountsAsync());
        Assert.DoesNotContain((await reports.ReportAsync(2020)).Value!.Problems, p => p.Text.Contains("版发布后的更正", StringComparison.Ordinal));

        var saved = await _manager.Get<SpendingService>().RecordAsync(new SpendingForm(tracking.Id, null, null, "2020-12-01", "0.5", "评价报告印制", "发布后收到评价报告印制发票"));
        Assert.True(saved.IsSuccess, string.Join(" | ", saved.FieldErrors.Values));

        const string listed = "第 1 版发布后的更正：（十）2020 年福利彩票公益金项目绩效跟踪及其他 2020-12-01 补登支出 0.5 万元（原因：发布后收到评价报告印制发票）。";
        var draft = (await reports.ReportAsync(2020)).Value!;
        Assert.Equal(listed, Assert.Single(draft.Problems, p => p.Severity == ProblemSeverity.Warning && p.Text.Contains("版发布后", StringComparison.Ordinal)).Text);
        Assert.False((await reports.PublishAsync(2020)).IsSuccess);
        Assert.True((await reports.PublishAsync(2020, "补登一笔绩效跟踪支出")).IsSuccess);
        var second = (await reports.ReportAsync(2020, 2)).Value!;
        Assert.Contains(second.Problems, p => p.Text == listed);
        Assert.Equal("补登一笔绩效跟踪支出", second.OverrideReason);

        // The listed 更正 belong to version 2 now; the next change amends version 2.
        Assert.DoesNotContain((await reports.ReportAsync(2020)).Value!.Problems, p => p.Text.Contains("版发布后的更正", StringComparison.Ordinal));
        tracking = await TrackingAsync();
        var payment = tracking.Spendings.Single(s => s.Amount == Portal.Domain.Common.Money.FromFen(500_000));
        Assert.True((await _manager.Get<SpendingService>().CorrectAsync(new SpendingCorrection(tracking.Id, payment.Id, "发票作废"), tracking.Version)).IsSuccess);
        Assert.Contains((await reports.ReportAsync(2020)).Value!.Problems,
            p => p.Text == "第 2 版发布后的更正：（十）2020 年福利彩票公益金项目绩效跟踪及其他 2020-12-01 冲销 -0.5 万元（原因：发票作废）。");
    }

    private async Task<ProjectDetailView> TrackingAsync()
    {
        var projects = (await _manager.Get<ProjectListService>().ProjectsAsync(2020)).Value!.Projects;
        return (await _manager.Get<ProjectService>().DetailAsync(projects[9].Id)).Value!;
    }

    private async Task<(int Spendings, int Audit)> CountsAsync()
    {
        await using var db = _database.CreateDbContext();
        return (await db.Set<Spending>().CountAsync(), await db.AuditEntries.CountAsync());
    }
}
