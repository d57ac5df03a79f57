using System.IO.Compression;
using System.Xml;
using ExcelDataReader;
using ExcelDataReader.Exceptions;

namespace Portal.Features.ElderlySubsidy.Import;

/// <summary>
/// The rows of a workbook's first sheet (in workbook order) through ExcelDataReader, numbered as Excel
/// numbers them, cells as Excel shows them (<see cref="WorkbookCellText"/>); ExcelDataReader resolves shared
/// and inline strings and tells dates by their cell style. Only rows with a non-empty cell are kept.
/// </summary>
internal static class XlsxRows
{
    static XlsxRows() =>
        // ExcelDataReader's configuration asks for Windows-1252, even for XLSX.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    /// <summary>At most <paramref name="maxRows"/> rows, or the message for a package that is no workbook or unpacks to too much.</summary>
    public static (List<RawRow> Rows, string? Error) Read(ArraySegment<byte> bytes, int maxRows)
    {
        if (ImportFileFormats.WorkbookProblem(bytes) is { } problem)
            return ([], problem);
        if (UnpackedSize(bytes) is not { } unpacked)
            return ([], SubsidyFileMessages.NotXlsx);
        if (unpacked > ImportLimits.MaxUnpackedBytes(bytes.Count))
            return ([], SubsidyFileMessages.WorkbookTooLarge);

        var rows = new List<RawRow>();
        var texts = new CellTexts();
        var cells = new List<string?>();
        try
        {
            using var reader = ExcelReaderFactory.CreateOpenXmlReader(Open(bytes));
            while (rows.Count < maxRows && reader.Read())
            {
                cells.Clear();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var text = WorkbookCellText.Of(reader.GetValue(i));
                    cells.Add(text is null ? null : texts.Cell(i, text));
                }

                // Depth is the row's place in the sheet: rows the file leaves out still count.
                if (cells.Exists(c => c is not null))
                    rows.Add(new RawRow(reader.Depth + 1, [.. cells]));
            }
        }
        catch (Exception damaged) when (damaged is InvalidDataException or XmlException or ExcelReaderException)
        {
            // A damaged package (cut off, data overwritten, directory miscounted), a part's broken XML, or a
            // package without a workbook: the file, not the portal, is at fault.
            return ([], SubsidyFileMessages.NotXlsx);
        }

        return (rows, null);
    }

    /// <summary>What the package's parts declare they unpack to (an entry never unpacks to more), or null when its directory is damaged.</summary>
    private static long? UnpackedSize(ArraySegment<byte> bytes)
    {
        try
        {
            using var archive = new ZipArchive(Open(bytes), ZipArchiveMode.Read);
            return archive.Entries.Sum(e => e.Length);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static MemoryStream Open(ArraySegment<byte> bytes) => new(bytes.Array!, bytes.Offset, bytes.Count, writable: false);
}
