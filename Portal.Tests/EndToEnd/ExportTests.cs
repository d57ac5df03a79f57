using System.Net;
using MiniExcelLibs;
using Portal.Tests.Support;

namespace Portal.Tests.EndToEnd;

/// <summary>The files the portal hands out, opened the way a bureau user's Excel would read them.</summary>
public sealed class ExportTests
{
    private static readonly System.Text.Json.JsonSerializerOptions Web = new(System.Text.Json.JsonSerializerDefaults.Web);

    [Fact]
    public async Task The_elderly_subsidy_workbook_carries_the_2020_totals_with_every_digit()
    {
        await using var host = new PortalHost();
        var browser = host.Browser();
        await browser.GetAsync(new Uri("/dev/login?user=viewer", UriKind.Relative), TestContext.Current.CancellationToken);

        var response = await browser.GetAsync(new Uri("/exports/elderly-subsidies/2020.xlsx", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        var byType = workbook.Query(useHeaderRow: true, sheetName: "按补贴类型").Cast<IDictionary<string, object>>().ToList();
        var disability = byType.Single(r => (string)r["补贴类型"] == "失能老年人护理补贴");
        Assert.Equal(176086m, Convert.ToDecimal(disability["人次"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(11652.751m, Convert.ToDecimal(disability["合计（万元）"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(4512.36608m, Convert.ToDecimal(disability["彩票公益金（万元）"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("估算", disability["彩票公益金与配套的划分"]);
    }

    [Fact]
    public async Task A_street_officer_cannot_download_the_district_workbook()
    {
        await using var host = new PortalHost();
        var browser = host.Browser();
        await browser.GetAsync(new Uri("/dev/login?user=staff-xinjiekou", UriKind.Relative), TestContext.Current.CancellationToken);

        var response = await browser.GetAsync(new Uri("/exports/elderly-subsidies/2020.xlsx", UriKind.Relative), TestContext.Current.CancellationToken);

        // A download is refused with 403, not a redirect to a page the program cannot use.
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task The_csv_template_opens_in_chinese_excel_because_it_starts_with_a_utf8_bom()
    {
        await using var host = new PortalHost();
        var browser = host.Browser();
        await browser.GetAsync(new Uri("/dev/login?user=staff-xinjiekou", UriKind.Relative), TestContext.Current.CancellationToken);

        var bytes = await browser.GetByteArrayAsync(new Uri("/elderly-subsidies/import/template.csv", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
        Assert.StartsWith("街道,年度,月份,补贴类型", System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_word_report_and_the_open_data_are_served_as_files_a_bureau_can_open()
    {
        await using var host = new PortalHost();
        var manager = host.Browser();
        await manager.GetAsync(new Uri("/dev/login?user=manager", UriKind.Relative), TestContext.Current.CancellationToken);

        var docx = await manager.GetAsync(new Uri("/reports/2020.docx", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
        using (var stream = new MemoryStream(await docx.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)))
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, isEditable: false))
            Assert.Contains("11416.76", document.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);

        var json = await manager.GetStringAsync(new Uri("/api/years/2020/disclosure", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("\"value\":\"14493.467\"", json, StringComparison.Ordinal);
        var csv = await manager.GetStringAsync(new Uri("/api/years/2020/disclosure.csv", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("高龄津贴,发放人次,877395,人次", csv, StringComparison.Ordinal);

        var viewer = host.Browser();
        await viewer.GetAsync(new Uri("/dev/login?user=viewer", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync(new Uri("/api/years/2020/disclosure", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task The_published_report_says_the_same_in_html_word_json_and_csv()
    {
        await using var host = new PortalHost();
        var manager = host.Browser();
        await manager.GetAsync(new Uri("/dev/login?user=manager", UriKind.Relative), TestContext.Current.CancellationToken);
        await using (var database = TestDatabase.Attach(Portal.Infrastructure.Data.DatabaseProvider.Sqlite, $"Data Source={host.DatabasePath}"))
        await using (var services = new ServiceHarness(database, ServiceHarness.Principal("manager", Portal.Security.PortalRoles.Manager)))
            Assert.True((await services.Get<Portal.Features.Reports.AnnualReportService>().PublishAsync(2020, "滞后原因见绩效跟踪报告")).IsSuccess);
        var viewer = host.Browser();
        await viewer.GetAsync(new Uri("/dev/login?user=viewer", UriKind.Relative), TestContext.Current.CancellationToken);

        var html = await viewer.GetStringAsync(new Uri("/reports/2020", UriKind.Relative), TestContext.Current.CancellationToken);
        var docx = await viewer.GetByteArrayAsync(new Uri("/reports/2020.docx", UriKind.Relative), TestContext.Current.CancellationToken);
        var json = await viewer.GetStringAsync(new Uri("/api/years/2020/disclosure", UriKind.Relative), TestContext.Current.CancellationToken);
        var csv = await viewer.GetStringAsync(new Uri("/api/years/2020/disclosure.csv", UriKind.Relative), TestContext.Current.CancellationToken);

        var article = html[html.IndexOf("<article", StringComparison.Ordinal)..html.IndexOf("</article>", StringComparison.Ordinal)];
        var htmlBlocks = System.Text.RegularExpressions.Regex.Matches(article, "<(h[1-4]|p)[^>]*>(.*?)</\\1>", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[2].Value).Trim()).ToList();
        using var stream = new MemoryStream(docx);
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, isEditable: false);
        var wordBlocks = document.MainDocumentPart!.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal(wordBlocks, htmlBlocks);
        Assert.Contains(wordBlocks, b => b.Contains("结余结转 37.375 万元", StringComparison.Ordinal));

        var disclosure = System.Text.Json.JsonSerializer.Deserialize<Portal.Features.Reports.Disclosure>(json, Web)!;
        Assert.Equal((1, "2026-11-26T10:00:00+08:00"), (disclosure.Version, disclosure.PublishedAt));
        var rows = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(["报告信息", "版本", "1", ""], rows[3]);
        Assert.Equal(
            disclosure.Figures.Where(f => !f.Item.Contains(',', StringComparison.Ordinal)).Select(f => $"{f.Item}|{f.Measure}|{f.Value}|{f.Unit}"),
            rows.Skip(5).Where(r => r.Length == 4).Select(r => string.Join('|', r)));
    }

    [Fact]
    public async Task The_dashboard_workbook_holds_the_table_behind_each_chart()
    {
        await using var host = new PortalHost();
        var browser = host.Browser();
        await browser.GetAsync(new Uri("/dev/login?user=viewer", UriKind.Relative), TestContext.Current.CancellationToken);

        var bytes = await browser.GetByteArrayAsync(new Uri("/exports/dashboard/2020.xlsx", UriKind.Relative), TestContext.Current.CancellationToken);

        using var workbook = new MemoryStream(bytes);
        var execution = workbook.Query(useHeaderRow: true, sheetName: "执行与序时进度").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(10, execution.Count);
        Assert.Equal(70.815m, Convert.ToDecimal(execution[1]["资金额度（万元）"], System.Globalization.CultureInfo.InvariantCulture));
        // Rates in percent, as on the page (47.22%), never as raw shares.
        Assert.Equal(47.22m, Convert.ToDecimal(execution[1]["执行率（%）"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(58.14m, Convert.ToDecimal(execution[1]["序时进度（%）"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(15, workbook.Query(useHeaderRow: true, sheetName: "按街道").Count());
    }
}
