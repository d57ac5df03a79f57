using System.IO.Compression;
using System.Text;

namespace Portal.Features.ElderlySubsidy.Import;

/// <summary>The data rows of an import file, or a message for the user (and then no rows).</summary>
public sealed record SubsidyFileReadResult(IReadOnlyList<SubsidyImportRow> Rows, string? Error)
{
    public bool Succeeded => Error is null;

    internal static SubsidyFileReadResult Fail(string error) => new([], error);
}

/// <summary>
/// Reads an uploaded CSV or XLSX file into raw rows: cells as the user typed them, columns found by header
/// name, row numbers as Excel shows them. Nothing is parsed here. Every problem with the file itself comes
/// back as a Chinese message in the result; an exception means a bug.
/// </summary>
public static class SubsidyFileReader
{
    /// <summary>A city-wide back-load of 100,000 rows is about 6 MB of CSV; the limit leaves room for comments.</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    /// <summary>Years of a large district in one file; checking and writing cost the same per row at any size.</summary>
    public const int MaxRows = 100_000;

    // A 16 MB workbook of figures unpacks to about 150 MB; far more is a zip bomb.
    private const long MaxUnpackedBytes = 200L * 1024 * 1024;
    private const int Gb18030CodePage = 54936;
    private const int ChunkBytes = 81920;

    // Full-width comma: what a user gets typing a "CSV" in a Chinese input method. Order breaks ties.
    private static readonly char[] Separators = [',', '\t', ';', '，'];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Gb18030 = LoadGb18030();
    private static readonly Dictionary<string, string> ColumnsByKey =
        SubsidyImportColumns.All.ToDictionary(HeaderKey, c => c, StringComparer.Ordinal);
    private static readonly string[] RequiredColumns =
        [.. SubsidyImportColumns.All.Where(c => c != SubsidyImportColumns.Comment)];

    private enum FileFormat
    {
        Unsupported,
        Csv,
        Xlsx,
    }

    /// <summary>Reads the file. <paramref name="content"/> must allow synchronous reads.</summary>
    public static SubsidyFileReadResult Read(Stream content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        var format = FormatOf(fileName);
        if (format == FileFormat.Unsupported)
            return SubsidyFileReadResult.Fail(SubsidyFileMessages.UnsupportedType);

        using var buffer = BufferFor(content);
        var chunk = new byte[ChunkBytes];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
                return SubsidyFileReadResult.Fail(SubsidyFileMessages.TooLarge(MaxBytes));
        }
        return ReadBytes(new ArraySegment<byte>(buffer.GetBuffer(), 0, (int)buffer.Length), format);
    }

    /// <summary>
    /// Reads the file from a stream that only reads asynchronously, such as Blazor's
    /// <c>IBrowserFile.OpenReadStream()</c>; reading stops once the file is over <see cref="MaxBytes"/>.
    /// </summary>
    public static async Task<SubsidyFileReadResult> ReadAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        var format = FormatOf(fileName);
        if (format == FileFormat.Unsupported)
            return SubsidyFileReadResult.Fail(SubsidyFileMessages.UnsupportedType);

        using var buffer = BufferFor(content);
        var chunk = new byte[ChunkBytes];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
                return SubsidyFileReadResult.Fail(SubsidyFileMessages.TooLarge(MaxBytes));
        }
        return ReadBytes(new ArraySegment<byte>(buffer.GetBuffer(), 0, (int)buffer.Length), format);
    }

    /// <summary>Sized for the whole file when the stream knows its length, so a large file is not copied as the buffer grows.</summary>
    private static MemoryStream BufferFor(Stream content) =>
        content.CanSeek ? new MemoryStream((int)Math.Clamp(content.Length - content.Position, 0, MaxBytes + 1L)) : new MemoryStream();

    private static FileFormat FormatOf(string fileName) => Path.GetExtension(fileName).ToUpperInvariant() switch
    {
        ".CSV" => FileFormat.Csv,
        ".XLSX" => FileFormat.Xlsx,
        _ => FileFormat.Unsupported,
    };

    private static SubsidyFileReadResult ReadBytes(ArraySegment<byte> bytes, FileFormat format)
    {
        if (bytes.Count == 0)
            return SubsidyFileReadResult.Fail(SubsidyFileMessages.Empty);
        return format == FileFormat.Csv ? ReadCsv(bytes) : ReadXlsx(bytes);
    }

    private static SubsidyFileReadResult ReadCsv(ReadOnlySpan<byte> bytes)
    {
        var text = DecodeText(bytes);
        if (text is null)
            return SubsidyFileReadResult.Fail(SubsidyFileMessages.NotCsv);

        var separator = DetectSeparator(text);
        // Header plus one row more than allowed is enough to know the file is too long.
        var (rows, unterminatedQuoteRow) = ParseCsv(text, separator, MaxRows + 2);
        if (unterminatedQuoteRow is { } row)
            return SubsidyFileReadResult.Fail(SubsidyFileMessages.UnterminatedQuote(row));
        return ToRows(rows, SubsidyFileMessages.Empty);
    }

    /// <summary>The text of a CSV file, or null when the bytes are not text at all (a workbook, a PDF).</summary>
    private static string? DecodeText(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return Encoding.UTF8.GetString(bytes[3..]);
        // Excel's "Unicode text" is UTF-16 with a byte order mark.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Encoding.Unicode.GetString(bytes[2..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        // No text encoding used for CSV puts a zero byte in it; every binary format does, early on.
        if (bytes.Contains((byte)0) || bytes.StartsWith("%PDF-"u8))
            return null;
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // What Chinese Excel writes for "CSV": GBK, which GB18030 contains.
            return Gb18030.GetString(bytes);
        }
    }

    private static Encoding LoadGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(Gb18030CodePage);
    }

    /// <summary>The separator that finds the most known column names in the header; comma if none does.</summary>
    private static char DetectSeparator(string text)
    {
        var best = Separators[0];
        var bestCount = 0;
        foreach (var separator in Separators)
        {
            var (rows, _) = ParseCsv(text, separator, 1);
            var count = rows.Count == 0 ? 0 : rows[0].Cells.Count(c => c is not null && ColumnsByKey.ContainsKey(HeaderKey(c)));
            if (count > bestCount)
                (best, bestCount) = (separator, count);
        }
        return best;
    }

    /// <summary>
    /// RFC 4180 records, each one Excel row (a quoted line break stays inside its cell). Only rows with a
    /// non-empty cell are returned, at most <paramref name="maxRows"/> of them.
    /// </summary>
    private static (List<RawRow> Rows, int? UnterminatedQuoteRow) ParseCsv(string text, char separator, int maxRows)
    {
        var rows = new List<RawRow>();
        var cells = new List<string?>();
        var texts = new CellTexts();
        var quoted = new TextBuffer();
        var position = 0;
        var rowNumber = 0;
        while (position < text.Length && rows.Count < maxRows)
        {
            rowNumber++;
            cells.Clear();
            while (true)
            {
                string? value;
                // As in Excel, a quote opens a quoted cell only as the cell's first character.
                if (position < text.Length && text[position] == '"')
                {
                    position++;
                    quoted.Clear();
                    while (true)
                    {
                        if (position >= text.Length)
                            return (rows, rowNumber);
                        var c = text[position++];
                        if (c == '"')
                        {
                            if (position < text.Length && text[position] == '"')
                            {
                                quoted.Append('"');
                                position++;
                                continue;
                            }
                            break;
                        }
                        if (c == '\r' && position < text.Length && text[position] == '\n')
                            continue;
                        quoted.Append(c);
                    }

                    // What follows a closing quote: Excel keeps it as typed.
                    while (position < text.Length && text[position] != separator && text[position] != '\r' && text[position] != '\n')
                        quoted.Append(text[position++]);
                    value = texts.Cell(cells.Count, quoted.Chars);
                }
                else
                {
                    var start = position;
                    while (position < text.Length && text[position] != separator && text[position] != '\r' && text[position] != '\n')
                        position++;
                    value = texts.Cell(cells.Count, text.AsSpan(start, position - start));
                }

                cells.Add(value);
                if (position < text.Length && text[position] == separator)
                {
                    position++;
                    continue;
                }
                if (position < text.Length && text[position] == '\r')
                    position++;
                if (position < text.Length && text[position] == '\n')
                    position++;
                break;
            }
            if (cells.Exists(c => c is not null))
                rows.Add(new RawRow(rowNumber, [.. cells]));
        }
        return (rows, null);
    }

    private static SubsidyFileReadResult ReadXlsx(ArraySegment<byte> bytes)
    {
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
            return SubsidyFileReadResult.Fail(SubsidyFileMessages.OldOrProtectedWorkbook);
        if (!bytes.AsSpan().StartsWith("PK\x03\x04"u8))
            return SubsidyFileReadResult.Fail(SubsidyFileMessages.NotXlsx);

        ZipArchive? archive = null;
        long unpacked;
        try
        {
            archive = new ZipArchive(new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false), ZipArchiveMode.Read);
            // The sizes the archive declares: an entry never unpacks to more than its declared size. The
            // archive reads its directory here, not when it is opened.
            unpacked = archive.Entries.Sum(e => e.Length);
        }
        catch (InvalidDataException)
        {
            archive?.Dispose();
            return SubsidyFileReadResult.Fail(SubsidyFileMessages.NotXlsx);
        }

        using (archive)
        {
            if (unpacked > MaxUnpackedBytes)
                return SubsidyFileReadResult.Fail(SubsidyFileMessages.WorkbookTooLarge);
            // As for CSV, the header and one row more than allowed tell that the file is too long; reading
            // stops there (each part of a sheet read in two stops at as many rows).
            var rows = XlsxSheetRows.Read(archive, MaxRows + 2);
            return rows is null ? SubsidyFileReadResult.Fail(SubsidyFileMessages.NotXlsx) : ToRows(rows, SubsidyFileMessages.SheetEmpty);
        }
    }

    private static SubsidyFileReadResult ToRows(List<RawRow> rows, string nothingFound)
    {
        if (rows.Count == 0)
            return SubsidyFileReadResult.Fail(nothingFound);
        var header = rows[0];
        var (columns, error) = MapColumns(header);
        if (error is not null)
            return SubsidyFileReadResult.Fail(error);
        if (rows.Count == 1)
            return SubsidyFileReadResult.Fail(SubsidyFileMessages.NoDataRows);
        if (rows.Count - 1 > MaxRows)
            return SubsidyFileReadResult.Fail(SubsidyFileMessages.TooManyRows(MaxRows));

        string? Cell(RawRow row, string column) =>
            columns.TryGetValue(column, out var index) && index < row.Cells.Length ? row.Cells[index] : null;

        var result = new List<SubsidyImportRow>(rows.Count - 1);
        foreach (var row in rows.Skip(1))
        {
            result.Add(new SubsidyImportRow(
                row.Number,
                Cell(row, SubsidyImportColumns.Street),
                Cell(row, SubsidyImportColumns.Year),
                Cell(row, SubsidyImportColumns.Month),
                Cell(row, SubsidyImportColumns.Subsidy),
                Cell(row, SubsidyImportColumns.PersonTimes),
                Cell(row, SubsidyImportColumns.LotteryYuan),
                Cell(row, SubsidyImportColumns.MatchingYuan),
                Cell(row, SubsidyImportColumns.Comment)));
        }
        return new SubsidyFileReadResult(result, null);
    }

    /// <summary>Column name → cell index; unknown header cells are ignored.</summary>
    private static (Dictionary<string, int> Columns, string? Error) MapColumns(RawRow header)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Cells.Length; i++)
        {
            if (header.Cells[i] is not { } text || !ColumnsByKey.TryGetValue(HeaderKey(text), out var column))
                continue;
            if (!columns.TryAdd(column, i))
                return (columns, SubsidyFileMessages.DuplicateColumn(header.Number, column));
        }
        var missing = RequiredColumns.Where(c => !columns.ContainsKey(c)).ToList();
        return missing.Count == 0 ? (columns, null) : (columns, SubsidyFileMessages.MissingColumns(header.Number, missing));
    }

    /// <summary>"彩票公益金 (元)" and "彩票公益金（元）" are the same column: no spaces, half-width parentheses.</summary>
    private static string HeaderKey(string header)
    {
        var key = new StringBuilder(header.Length);
        foreach (var c in header)
        {
            if (!char.IsWhiteSpace(c))
                key.Append(c switch { '（' => '(', '）' => ')', _ => c });
        }
        return key.ToString();
    }
}
