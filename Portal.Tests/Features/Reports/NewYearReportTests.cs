using Portal.Domain.SocialAssistance;
using Portal.Features.FundYears;
using Portal.Features.Reports;
using Portal.Features.SocialAssistance;
using Portal.Security;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Reports;

/// <summary>
/// A year that was only just set up writes a report with no placeholder text: no empty labels, no "（未填写）",
/// no "统筹用于等", and no part for a block without money. Its check names what is still to do.
/// </summary>
public sealed class NewYearReportTests : IAsyncLifetime
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
    public async Task An_empty_year_without_an_elderly_block_prints_only_what_it_has()
    {
        await CreateYearAsync("300", "0", "300");

        var page = (await _manager.Get<AnnualReportService>().ReportAsync(2021)).Value!;

        AssertNoPlaceholderText(page.Report);
        Assert.Equal(["一、因素法分配福彩公益金安排情况"], page.Report.Blocks.Where(b => b.Kind == ReportBlockKind.Part).Select(b => b.Text));
        Assert.DoesNotContain("老年人津贴补贴", page.Report.PlainText, StringComparison.Ordinal);
        // 2020 carried its 797.401 万元 over.
        Assert.Contains("上年结转资金 797.401 万元，本年收到 300 万元，共 1097.401 万元。", page.Report.Blocks[0].Text, StringComparison.Ordinal);
        Assert.Contains("2021 年收到因素法分配福彩公益金 300 万元，加上年结转资金 797.401 万元，共 1097.401 万元。", page.Report.PlainText, StringComparison.Ordinal);
        Assert.Contains("截至 2022 年 2 月 28 日，上述资金已安排 0 万元，支出 0 万元，结余结转 0 万元，尚未安排 1097.401 万元。", page.Report.PlainText, StringComparison.Ordinal);
        Assert.Contains(page.Problems, p => p.Text == "因素法分配资金和上年结转资金尚有 1097.401 万元未安排到项目。");
        Assert.DoesNotContain(page.Problems, p => p.Text.StartsWith("街道月报", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_year_with_one_bare_project_prints_no_empty_label_and_the_check_names_the_missing_fields()
    {
        await CreateYearAsync("1300", "1000", "300");
        var project = new ProjectForm("困难群众临时救助项目", null, "year", "2021-01-01", "2021-12-31", "120", null, null, ProjectStatus.InProgress, ProjectArea.SocialAssistance, null, null, null);
        Assert.True((await _manager.Get<ProjectService>().CreateAsync(2021, project)).IsSuccess);

        var page = (await _manager.Get<AnnualReportService>().ReportAsync(2021)).Value!;

        AssertNoPlaceholderText(page.Report);
        Assert.Equal(["一、老年人津贴补贴项目安排情况", "二、因素法分配福彩公益金安排情况"], page.Report.Blocks.Where(b => b.Kind == ReportBlockKind.Part).Select(b => b.Text));
        Assert.Contains("统筹用于困难群众临时救助项目。", page.Report.PlainText, StringComparison.Ordinal);
        Assert.Equal(["（一）困难群众临时救助项目"], page.Report.Blocks.Where(b => b.Kind == ReportBlockKind.Section).Select(b => b.Text));
        Assert.DoesNotContain("项目负责人及联系方式", page.Report.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("项目完成情况及实际效果", page.Report.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("全年", page.Report.PlainText, StringComparison.Ordinal);
        Assert.Contains(page.Problems, p => p.Text == "（一）困难群众临时救助项目：没有填写项目主要内容、项目负责人、联系方式、项目完成情况及实际效果。");
        Assert.Contains(page.Problems, p => p.Text == "街道月报：应报 180 个街道月份，已审核 0 / 180 个，180 个未报送或已退回。");
        Assert.Contains(page.Problems, p => p.Text == "一、老年人津贴补贴：没有填写项目负责人及联系方式。");
        Assert.All(page.Problems, p => Assert.Equal(ProblemSeverity.Warning, p.Severity));
    }

    [Fact]
    public async Task A_placeholder_nobody_fills_is_an_error_and_never_printed()
    {
        await CreateYearAsync("300", "0", "300");
        var project = new ProjectForm("调研项目", "调研内容", "year", "2021-01-01", "2021-12-31", "100", "张三", "83410000", ProjectStatus.InProgress, ProjectArea.SocialAssistance, "已支出 {支出} 万元，剩余 {余额} 万元。", null, null);
        Assert.True((await _manager.Get<ProjectService>().CreateAsync(2021, project)).IsSuccess);

        var page = (await _manager.Get<AnnualReportService>().ReportAsync(2021)).Value!;

        var error = Assert.Single(page.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.StartsWith("（一）调研项目：说明中的占位符 {余额} 无法填写", error.Text, StringComparison.Ordinal);
        Assert.Contains("项目完成情况及实际效果：已支出 0 万元，剩余 {余额} 万元。", page.Report.PlainText, StringComparison.Ordinal);
        Assert.False((await _manager.Get<AnnualReportService>().PublishAsync(2021, "照发")).IsSuccess);
    }

    private static void AssertNoPlaceholderText(AnnualReport report)
    {
        Assert.DoesNotContain("（未填写）", report.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("用于等", report.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("统筹用于。", report.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("—", report.PlainText, StringComparison.Ordinal);
        // A label with nothing after it ("项目完成情况及实际效果：").
        Assert.All(report.Blocks.Where(b => b.Kind == ReportBlockKind.Paragraph), b => Assert.False(b.Text.EndsWith('：') && b.Text.Length <= 16, b.Text));
    }

    private async Task CreateYearAsync(string received, string elderly, string factor)
    {
        var created = await _manager.Get<FundYearAdminService>().CreateYearAsync(new NewFundYear("2021", received, elderly, factor, "2022-02-28"));
        Assert.True(created.IsSuccess, created.Error);
    }
}
