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

    [Theory]
    [MemberData(nameof(SeedFigures))]
    public async Task The_generated_2020_report_carries_every_figure_of_the_published_one(string figure)
    {
        var report = await DraftAsync();

        Assert.Matches($"(?<![0-9.]){Regex.Escape(figure)}(?![0-9])", report.PlainText);
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
        foreach (var figure in SeedFigures())
            Assert.Contains(figure.Data, text, StringComparison.Ordinal);
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
        var reports = _manager.Get<IAnnualReportService>();
        await using var viewer = new ServiceHarness(_database, ServiceHarness.Principal("viewer", PortalRoles.Viewer));
        Assert.Equal(AnnualReportService.NotPublished, (await viewer.Get<IAnnualReportService>().ReportAsync(2020)).Missing);

        Assert.True((await reports.PublishAsync(2020)).IsSuccess);
        var tracking = (await _manager.Get<IProjectListService>().ProjectsAsync(2020)).Value!.Projects[9];
        var detail = (await _manager.Get<IProjectService>().DetailAsync(tracking.Id)).Value!;
        Assert.True((await _manager.Get<IProjectService>().UpdateAsync(tracking.Id, detail.Form with { Owner = "李新负责人" }, detail.Version)).IsSuccess);
        Assert.True((await reports.PublishAsync(2020)).IsSuccess);

        var first = (await viewer.Get<IAnnualReportService>().ReportAsync(2020, 1)).Value!;
        var latest = (await viewer.Get<IAnnualReportService>().ReportAsync(2020)).Value!;
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
        var problems = (await _manager.Get<IAnnualReportService>().ReportAsync(2020)).Value!.Problems;

        Assert.Contains(problems, p => p.StartsWith("（一）街道社会救助项目：截至 2021-02-28 执行进度滞后", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.StartsWith("（三）", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Contains("没有填写项目负责人", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_open_data_has_every_figure_with_its_unit()
    {
        var disclosure = (await _manager.Get<IAnnualReportService>().DisclosureAsync(2020)).Value!;

        Assert.Contains(new DisclosureFigure("市级彩票公益金", "收到", "11416.76", "万元"), disclosure.Figures);
        Assert.Contains(new DisclosureFigure("失能老年人护理补贴", "发放人次", "176086", "人次"), disclosure.Figures);
        Assert.Contains(new DisclosureFigure("（二）新冠肺炎防疫用品救助补助项目", "结余结转", "37.375", "万元"), disclosure.Figures);
        Assert.Contains(new DisclosureFigure("（四）低保低收入家庭入户调查项目/平均入户抽检率", "完成值", "68.84", "%"), disclosure.Figures);
        Assert.Contains(new DisclosureFigure("（九）西城区基层儿童队伍建设、儿童“五位一体”关爱保护项目/儿童之家项目/新街口街道", "分配金额", "50", "万元"), disclosure.Figures);
    }

    private async Task<AnnualReport> DraftAsync() => (await _manager.Get<IAnnualReportService>().ReportAsync(2020)).Value!.Report;

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex Number();
}
