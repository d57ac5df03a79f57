using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Portal.Domain.Common;
using Portal.Features.Reports;
using Portal.Features.SocialAssistance;
using Portal.Security;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Reports;

/// <summary>The 2020 public report written from the data: every figure of the published report, numbered right.</summary>
public sealed partial class AnnualReportTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private ServiceHarness _manager = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.SeededAsync();
        await _database.RegisterAsync("manager");
        await _database.RegisterAsync("viewer");
        _manager = new ServiceHarness(_database, ServiceHarness.Principal("manager", PortalRoles.Manager));
    }

    public async ValueTask DisposeAsync()
    {
        await _manager.DisposeAsync();
        await _database.DisposeAsync();
    }

    /// <summary>Every number printed in the seed document, read from the document itself.</summary>
    public static TheoryData<string> SeedFigures()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "seeds", "000_3937562215a75c57.txt"));
        var figures = new TheoryData<string>();
        foreach (var figure in Number().Matches(text).Select(m => m.Value).Distinct())
            figures.Add(figure);
        return figures;
    }

    /// <summary>
    /// The carry-overs the bureau printed rounded (37.38 for 37.375), read from the seed data: the report prints
    /// every figure exactly, so these appear as the exact figure, never as both.
    /// </summary>
    private static Dictionary<string, string> BureauRounded()
    {
        using var seed = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "seeds", "xicheng-2020.json")));
        var rounded = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var project in seed.RootElement.GetProperty("fundYear").GetProperty("projects").EnumerateArray())
        {
            if (project.GetProperty("reportedCarryOverWanYuan").GetString() is not { } reported)
                continue;
            var spent = Money.Sum(project.GetProperty("spending").EnumerateArray().Select(s => Money.ParseWanYuan(s.GetProperty("amountWanYuan").GetString()).Value));
            var exact = (Money.ParseWanYuan(project.GetProperty("allocationWanYuan").GetString()).Value - spent).ToWanYuan();
            if (exact != reported)
                rounded[reported] = exact;
        }

        return rounded;
    }

    [Theory]
    [MemberData(nameof(SeedFigures))]
    public async Task The_generated_2020_report_carries_every_figure_of_the_published_one(string figure)
    {
        var report = await DraftAsync();

        if (BureauRounded().TryGetValue(figure, out var exact))
        {
            Assert.DoesNotMatch(Printed(figure), report.PlainText);
            Assert.Matches(Printed(exact), report.PlainText);
        }
        else
        {
            Assert.Matches(Printed(figure), report.PlainText);
        }
    }

    [Fact]
    public void The_only_figure_the_bureau_rounded_is_the_epidemic_projects_carry_over()
    {
        Assert.Equal(new Dictionary<string, string> { ["37.38"] = "37.375" }, BureauRounded());
    }

    [Fact]
    public async Task The_report_says_each_thing_once()
    {
        var report = await DraftAsync();

        foreach (var block in report.Blocks)
        {
            var sentences = block.Text.Split(['。', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(t => t.Length > 4).ToList();
            Assert.Equal(sentences.Count, sentences.Distinct(StringComparer.Ordinal).Count());
        }

        Assert.Single(Regex.Matches(report.PlainText, "资金额度 134.69 万元"));
        Assert.Single(Regex.Matches(report.PlainText, "结余结转 321.61 万元"));
        Assert.Single(Regex.Matches(report.PlainText, "176086 人次"));
        Assert.DoesNotContain("资金分配到街道", report.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_empty_or_unfilled_reaches_the_2020_report()
    {
        var report = await DraftAsync();

        Assert.DoesNotContain("{", report.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("（未填写）", report.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("用于等", report.PlainText, StringComparison.Ordinal);
        // A label with nothing after it ("项目完成情况及实际效果：").
        Assert.All(report.Blocks.Where(b => b.Kind == ReportBlockKind.Paragraph), b => Assert.False(b.Text.EndsWith('：') && b.Text.Length <= 16, b.Text));
    }

    [Fact]
    public async Task After_more_spending_the_narrative_states_the_new_figures_and_no_old_ones()
    {
        var list = (await _manager.Get<ProjectListService>().ProjectsAsync(2020)).Value!;
        Assert.True((await _manager.Get<SpendingService>().RecordAsync(new SpendingForm(list.Projects[0].Id, null, null, "2020-11-30", "5.6", "补记"))).IsSuccess);

        var report = await DraftAsync();

        var outcome = Assert.Single(report.Blocks, b => b.Text.Contains("各街道积极做好救助各项工作", StringComparison.Ordinal)).Text;
        Assert.Contains("支出金额 433.99 万元、结余结转 316.01 万元", outcome, StringComparison.Ordinal);
        Assert.DoesNotContain("428.39", outcome, StringComparison.Ordinal);
        Assert.DoesNotContain("截至 2021 年 2 月 28 日，支出", outcome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_year_totals_are_stated_once_and_add_up()
    {
        var report = await DraftAsync();
        var disclosure = (await _manager.Get<AnnualReportService>().DisclosureAsync(2020)).Value!;

        Assert.Equal("截至 2021 年 2 月 28 日，上述资金已安排 11416.76 万元，支出 10619.359 万元，结余结转 797.401 万元。", report.Blocks[1].Text);
        string Year(string measure) => disclosure.Figures.Single(f => f.Item == DisclosureBuilder.Year && f.Measure == measure).Value;
        Assert.Equal(("11416.76", "11416.76", "10619.359", "797.401", "0", "0"), (Year("收到"), Year("已安排"), Year("支出"), Year("结余结转"), Year("调整至下一年度"), Year("尚未安排")));
    }

    [Fact]
    public async Task The_report_numbers_its_parts_projects_and_subprojects_in_sequence()
    {
        var report = await DraftAsync();

        Assert.Equal(["一、", "二、"], report.Blocks.Where(b => b.Kind == ReportBlockKind.Part).Select(b => b.Text[..2]));
        Assert.Equal(
            ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）", "（八）", "（九）", "（十）"],
            report.Blocks.Where(b => b.Kind == ReportBlockKind.Section).Select(b => b.Text[..(b.Text.IndexOf('）', StringComparison.Ordinal) + 1)]));
        Assert.Equal(["1、", "2、", "3、", "4、"], report.Blocks.Where(b => b.Kind == ReportBlockKind.Subsection).Select(b => b.Text[..2]));
        Assert.StartsWith("2020 年西城区民政局共收到市级彩票公益金 11416.76 万元。其中：老年人津贴补贴 10124.76 万元，因素法分配福彩公益金 1292 万元。", report.Blocks[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_word_file_opens_with_the_openxml_sdk_and_holds_the_same_figures()
    {
        var report = await DraftAsync();

        using var stream = new MemoryStream(ReportDocument.Create(report));
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var text = string.Join("\n", document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));

        Assert.StartsWith(report.Title, text, StringComparison.Ordinal);
        var rounded = BureauRounded();
        foreach (var figure in SeedFigures())
            Assert.Contains(rounded.GetValueOrDefault(figure.Data, figure.Data), text, StringComparison.Ordinal);
        Assert.Equal(report.Blocks.Count + 1, document.MainDocumentPart.Document.Body.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Count());
    }

    [Fact]
    public async Task The_word_file_is_valid_and_its_layout_is_in_named_styles()
    {
        var report = await DraftAsync();

        using var stream = new MemoryStream(ReportDocument.Create(report));
        using var document = WordprocessingDocument.Open(stream, isEditable: false);

        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document));
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<DocumentFormat.OpenXml.Wordprocessing.Style>().ToDictionary(s => s.StyleId!.Value!);
        Assert.Equal("仿宋_GB2312", document.MainDocumentPart.StyleDefinitionsPart.Styles.DocDefaults!.Descendants<DocumentFormat.OpenXml.Wordprocessing.RunFonts>().Single().EastAsia!.Value);
        Assert.Equal("方正小标宋简体", styles["ReportTitle"].Descendants<DocumentFormat.OpenXml.Wordprocessing.RunFonts>().Single().EastAsia!.Value);
        Assert.Equal("黑体", styles["ReportPart"].Descendants<DocumentFormat.OpenXml.Wordprocessing.RunFonts>().Single().EastAsia!.Value);
        var paragraphs = document.MainDocumentPart.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().ToList();
        string? StyleOf(int index) => paragraphs[index].ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        Assert.Equal("ReportTitle", StyleOf(0));
        Assert.Equal(
            report.Blocks.Select(b => b.Kind switch
            {
                ReportBlockKind.Part => "ReportPart",
                ReportBlockKind.Section => "ReportSection",
                ReportBlockKind.Subsection => "ReportSubsection",
                _ => null,
            }),
            Enumerable.Range(1, report.Blocks.Count).Select(StyleOf));
        Assert.All(styles.Values.Where(s => s.StyleId! != "Normal"), s => Assert.Equal("Normal", s.BasedOn!.Val!.Value));
    }

    [Fact]
    public async Task A_published_version_stays_as_published_while_the_draft_follows_the_data()
    {
        var reports = _manager.Get<AnnualReportService>();
        await using var viewer = new ServiceHarness(_database, ServiceHarness.Principal("viewer", PortalRoles.Viewer));
        Assert.Equal(AnnualReportService.NotPublished, (await viewer.Get<AnnualReportService>().ReportAsync(2020)).Missing);

        Assert.True((await reports.PublishAsync(2020, "滞后项目的原因已在绩效跟踪中说明")).IsSuccess);
        var tracking = (await _manager.Get<ProjectListService>().ProjectsAsync(2020)).Value!.Projects[9];
        var detail = (await _manager.Get<ProjectService>().DetailAsync(tracking.Id)).Value!;
        Assert.True((await _manager.Get<ProjectService>().UpdateAsync(tracking.Id, detail.Form with { Owner = "李新负责人" }, detail.Version)).IsSuccess);
        Assert.True((await reports.PublishAsync(2020, "同上")).IsSuccess);

        var first = (await viewer.Get<AnnualReportService>().ReportAsync(2020, 1)).Value!;
        var latest = (await viewer.Get<AnnualReportService>().ReportAsync(2020)).Value!;
        var draft = (await reports.ReportAsync(2020)).Value!;
        Assert.Contains("张金英 83418299", first.Report.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("李新负责人", first.Report.PlainText, StringComparison.Ordinal);
        Assert.Contains("李新负责人", latest.Report.PlainText, StringComparison.Ordinal);
        Assert.Equal((2, false), (latest.Version!.Value, latest.IsDraft));
        Assert.True(draft.IsDraft);
        Assert.Equal([1, 2], draft.Versions.Select(v => v.Number));
    }

    [Fact]
    public async Task The_check_before_publishing_names_what_is_missing()
    {
        var problems = (await _manager.Get<AnnualReportService>().ReportAsync(2020)).Value!.Problems;

        Assert.Contains(problems, p => p.Severity == ProblemSeverity.Warning && p.Text.StartsWith("（一）街道社会救助项目：截至 2021-02-28 执行进度滞后", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Text.StartsWith("（三）", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Text.StartsWith("（四）", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Text.Contains("没有填写", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Severity == ProblemSeverity.Error);
        Assert.DoesNotContain(problems, p => p.Text.StartsWith("街道月报", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Publishing_over_warnings_needs_a_reason_which_the_version_keeps()
    {
        var reports = _manager.Get<AnnualReportService>();

        var refused = await reports.PublishAsync(2020);
        Assert.False(refused.IsSuccess);
        Assert.StartsWith("发布前检查还有 ", refused.FieldErrors[ReportFields.Reason], StringComparison.Ordinal);
        Assert.Empty((await reports.ReportAsync(2020)).Value!.Versions);

        Assert.True((await reports.PublishAsync(2020, "  2020 年滞后原因见绩效跟踪报告。 ")).IsSuccess);
        var published = (await reports.ReportAsync(2020, 1)).Value!;
        Assert.Equal("2020 年滞后原因见绩效跟踪报告。", published.OverrideReason);
        Assert.Equal((await reports.ReportAsync(2020)).Value!.Problems, published.Problems);
        Assert.True(Assert.Single(published.Versions).OverWarnings);
    }

    [Fact]
    public async Task A_typed_figure_that_disagrees_with_the_data_blocks_publishing_even_with_a_reason()
    {
        var list = (await _manager.Get<ProjectListService>().ProjectsAsync(2020)).Value!;
        var detail = (await _manager.Get<ProjectService>().DetailAsync(list.Projects[1].Id)).Value!;
        var typed = detail.Form.Outcome!.Replace("{结余结转}", "37.38", StringComparison.Ordinal);
        Assert.True((await _manager.Get<ProjectService>().UpdateAsync(detail.Id, detail.Form with { Outcome = typed }, detail.Version)).IsSuccess);

        var page = (await _manager.Get<AnnualReportService>().ReportAsync(2020)).Value!;
        var publish = await _manager.Get<AnnualReportService>().PublishAsync(2020, "照发");

        var error = Assert.Single(page.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal("（二）新冠肺炎防疫用品救助补助项目：说明中写的“结余结转 37.38 万元”与数据 37.375 万元不符，请改为占位符 {结余结转}，由报告按数据填写。", error.Text);
        Assert.Equal(PublishMessages.HasErrors(1), publish.Error);
        Assert.Empty((await _manager.Get<AnnualReportService>().ReportAsync(2020)).Value!.Versions);
    }

    [Fact]
    public async Task The_open_data_carries_its_schema_version_and_publish_time_in_beijing_time()
    {
        var reports = _manager.Get<AnnualReportService>();
        var draft = (await reports.DisclosureAsync(2020)).Value!;
        Assert.True((await reports.PublishAsync(2020, "发布")).IsSuccess);
        await using var viewer = new ServiceHarness(_database, ServiceHarness.Principal("viewer", PortalRoles.Viewer));

        var published = (await viewer.Get<AnnualReportService>().DisclosureAsync(2020)).Value!;

        Assert.Equal((Disclosure.CurrentSchema, (int?)null, (string?)null), (draft.Schema, draft.Version, draft.PublishedAt));
        Assert.Equal((Disclosure.CurrentSchema, (int?)1, "2026-11-26T10:00:00+08:00"), (published.Schema, published.Version, published.PublishedAt));
        Assert.Equal(draft.Figures, published.Figures);
    }

    [Fact]
    public async Task The_open_data_has_every_figure_with_its_unit()
    {
        var disclosure = (await _manager.Get<AnnualReportService>().DisclosureAsync(2020)).Value!;

        Assert.Contains(new DisclosureFigure(DisclosureBuilder.Year, "收到", "11416.76", "万元"), disclosure.Figures);
        Assert.Contains(new DisclosureFigure("失能老年人护理补贴", "发放人次", "176086", "人次"), disclosure.Figures);
        Assert.Contains(new DisclosureFigure("失能老年人护理补贴", "发放金额", "11652.751", "万元"), disclosure.Figures);
        Assert.DoesNotContain(disclosure.Figures, f => f.Measure.StartsWith("其中", StringComparison.Ordinal));
        Assert.DoesNotContain(disclosure.Figures, f => f.Value == "7140.38492");
        Assert.Contains(new DisclosureFigure("（二）新冠肺炎防疫用品救助补助项目", "结余结转", "37.375", "万元"), disclosure.Figures);
        Assert.Contains(new DisclosureFigure("（四）低保低收入家庭入户调查项目/平均入户抽检率", "完成值", "68.84", "%"), disclosure.Figures);
        Assert.Contains(new DisclosureFigure("（九）西城区基层儿童队伍建设、儿童“五位一体”关爱保护项目/儿童之家项目/新街口街道", "分配金额", "50", "万元"), disclosure.Figures);
    }

    private async Task<AnnualReport> DraftAsync() => (await _manager.Get<AnnualReportService>().ReportAsync(2020)).Value!.Report;

    private static Regex Printed(string figure) => new($"(?<![0-9.]){Regex.Escape(figure)}(?![0-9])");

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex Number();
}
