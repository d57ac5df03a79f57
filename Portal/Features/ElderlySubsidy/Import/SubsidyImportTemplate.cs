using System.Globalization;
using System.Text;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Portal.Features.ElderlySubsidy.Import;

/// <summary>
/// The import template users download: the header row and one example row, as CSV and as XLSX. Both read
/// back through <see cref="SubsidyFileReader"/> to the same cells.
/// </summary>
public static class SubsidyImportTemplate
{
    private const string SheetName = "导入数据";

    // Whole numbers as numbers; amounts as text so Excel shows the thousands separators the user types.
    private static readonly object?[] Example = ["新街口", 2021, 1, "高龄津贴", 1200, "150,000.00", "30,000.00", null];

    /// <summary>UTF-8 with a byte order mark: without it Chinese Excel reads the file as GBK and garbles it.</summary>
    public static byte[] Csv()
    {
        var text = new StringBuilder();
        AppendCsvLine(text, SubsidyImportColumns.All);
        AppendCsvLine(text, Example.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)));
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static byte[] Xlsx()
    {
        var row = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < SubsidyImportColumns.All.Count; i++)
            row.Add(SubsidyImportColumns.All[i], Example[i]);

        var configuration = new OpenXmlConfiguration
        {
            DynamicColumns = [.. SubsidyImportColumns.All.Select(c => new DynamicExcelColumn(c) { Width = WidthOf(c) })],
        };
        using var stream = new MemoryStream();
        stream.SaveAs(new[] { row }, printHeader: true, sheetName: SheetName, excelType: ExcelType.XLSX, configuration: configuration);
        return stream.ToArray();
    }

    // Column widths in Excel's character units; a Chinese character takes about two.
    private static double WidthOf(string column) => column switch
    {
        SubsidyImportColumns.LotteryYuan or SubsidyImportColumns.MatchingYuan => 20,
        SubsidyImportColumns.Comment => 40,
        _ => 12,
    };

    private static void AppendCsvLine(StringBuilder text, IEnumerable<string?> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
                text.Append(',');
            first = false;
            if (cell is null)
                continue;
            if (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0)
                text.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            else
                text.Append(cell);
        }
        text.Append("\r\n");
    }
}
