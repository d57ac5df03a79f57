using System.Diagnostics;
using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ExcelDataReader;
using MiniExcelLibs;
using Portal.Features.ElderlySubsidy.Import;

namespace Portal.Benchmarks.Import;

/// <summary>
/// The maintained XLSX readers served here, each reading the generated workbook into what the import needs
/// from it: every row's number and its cells as text (numbers as Excel shows them). The import uses the
/// fastest that reads the whole sheet correctly; every candidate's rows are checked against the first's, so
/// a fast wrong reader cannot win.
/// </summary>
public static class XlsxReaderCandidates
{
    /// <summary>The candidates, in the order the table lists them.</summary>
    public static IReadOnlyList<(string Name, Func<byte[], List<string?[]>> Read)> All { get; } =
    [
        ("ExcelDataReader 3.6.0 (IExcelDataReader)", ReadWithExcelDataReader),
        ("MiniExcel 1.46.0 (Query, streaming)", ReadWithMiniExcel),
        ("OpenXML SDK 3.3.0 (OpenXmlReader, SAX)", ReadWithOpenXmlReader),
    ];

    public static async Task CompareAsync(byte[] workbook, int rows, int runs)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        // ExcelDataReader's configuration asks for Windows-1252 even for XLSX.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var expected = ReadWithExcelDataReader(workbook);
        if (expected.Count != rows + 1)
            throw new InvalidOperationException($"ExcelDataReader read {expected.Count} rows instead of {rows + 1}.");

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reading the {rows:N0}-row workbook alone, p50 of {runs} runs (after one untimed):"));
        Console.WriteLine("| reader | p50 ms | rows/s | allocated MB |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var (name, read) in All)
        {
            var same = read(workbook);
            if (!same.Select(Line).SequenceEqual(expected.Select(Line)))
                throw new InvalidOperationException(name + " read other rows than ExcelDataReader.");

            var samples = new List<double>();
            var allocated = new List<long>();
            for (var run = 0; run < runs; run++)
            {
                GC.Collect();
                await Task.Yield();
                var before = GC.GetTotalAllocatedBytes(precise: true);
                var watch = Stopwatch.StartNew();
                read(workbook);
                samples.Add(watch.Elapsed.TotalMilliseconds);
                allocated.Add(GC.GetTotalAllocatedBytes(precise: true) - before);
            }

            samples.Sort();
            allocated.Sort();
            var p50 = samples[samples.Count / 2];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {p50:0} | {rows / (p50 / 1000):N0} | {allocated[allocated.Count / 2] / 1024.0 / 1024:N0} |"));
        }
    }

    private static string Line(string?[] cells) => string.Join('|', cells);

    private static List<string?[]> ReadWithExcelDataReader(byte[] workbook)
    {
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(new MemoryStream(workbook, writable: false));
        var rows = new List<string?[]>();
        while (reader.Read())
        {
            var cells = new string?[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
                cells[i] = WorkbookCellText.Of(reader.GetValue(i));
            rows.Add(cells);
        }

        return rows;
    }

    private static List<string?[]> ReadWithMiniExcel(byte[] workbook)
    {
        var rows = new List<string?[]>();
        foreach (IDictionary<string, object?> row in MiniExcel.Query(new MemoryStream(workbook, writable: false), useHeaderRow: false, excelType: ExcelType.XLSX))
            rows.Add([.. row.Values.Select(WorkbookCellText.Of)]);
        return rows;
    }

    /// <summary>The SDK gives elements, not values: shared strings are looked up and cell references parsed here.</summary>
    private static List<string?[]> ReadWithOpenXmlReader(byte[] workbook)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook, writable: false), isEditable: false);
        var workbookPart = document.WorkbookPart!;
        var sheet = workbookPart.Workbook.Sheets!.Elements<Sheet>().First();
        var sheetPart = (WorksheetPart)workbookPart.GetPartById(sheet.Id!.Value!);
        var shared = workbookPart.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];

        var rows = new List<string?[]>();
        var cells = new List<string?>();
        using var reader = OpenXmlReader.Create(sheetPart);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row))
            {
                if (reader.IsStartElement)
                    cells.Clear();
                else
                    rows.Add([.. cells]);
            }
            else if (reader.ElementType == typeof(Cell) && reader.IsStartElement)
            {
                var cell = (Cell)reader.LoadCurrentElement()!;
                var column = ColumnOf(cell.CellReference?.Value);
                while (cells.Count < column)
                    cells.Add(null);
                cells.Add(TextOf(cell, shared));
            }
        }

        // ExcelDataReader pads every row to the sheet's width; so do the others here, to compare.
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Length);
        return [.. rows.Select(r => r.Length == width ? r : [.. r, .. new string?[width - r.Length]])];
    }

    private static string? TextOf(Cell cell, string[] shared)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
            return WorkbookCellText.Of(shared[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)]);
        if (type == CellValues.InlineString)
            return WorkbookCellText.Of(cell.InlineString?.InnerText);
        if (cell.CellValue is not { } value)
            return null;
        if (type == CellValues.Boolean)
            return WorkbookCellText.Of(value.Text == "1");
        return type is null || type == CellValues.Number
            ? WorkbookCellText.Of(double.Parse(value.Text, CultureInfo.InvariantCulture))
            : WorkbookCellText.Of(value.Text);
    }

    private static int ColumnOf(string? reference)
    {
        var column = 0;
        foreach (var c in reference ?? "A")
        {
            if (!char.IsAsciiLetterUpper(c))
                break;
            column = (column * 26) + (c - 'A' + 1);
        }

        return column - 1;
    }
}
