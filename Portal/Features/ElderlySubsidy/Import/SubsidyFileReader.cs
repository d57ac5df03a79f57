namespace Portal.Features.ElderlySubsidy.Import;

/// <summary>
/// Reads an uploaded CSV or XLSX file into raw rows: cells as the user typed them, columns found by header
/// name, row numbers as Excel shows them. Nothing is parsed here. Every problem with the file itself comes
/// back as a Chinese message in the result; an exception means a bug. The file is held in memory once
/// (at most <see cref="MaxBytes"/>); CSV goes through <see cref="CsvText"/>, <see cref="CsvSeparator"/> and
/// <see cref="CsvRows"/>, workbooks through <see cref="XlsxRows"/>, both then through <see cref="ImportHeader"/>.
/// </summary>
public static class SubsidyFileReader
{
    /// <summary>A city-wide back-load of 100,000 rows is about 6 MB of CSV; the limit leaves room for comments.</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    /// <summary>Years of a large district in one file; checking and writing cost the same per row at any size.</summary>
    public const int MaxRows = 100_000;

    private const int ChunkBytes = 81920;

    // The header and one row more than allowed are enough to know the file is too long; reading stops there.
    private const int RowsToRead = MaxRows + 2;

    /// <summary>
    /// Reads the file from any stream, such as Blazor's <c>IBrowserFile.OpenReadStream()</c> (which only
    /// reads asynchronously); reading stops once the file is over <see cref="MaxBytes"/>.
    /// </summary>
    public static async Task<SubsidyFileReadResult> ReadAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        var format = ImportFileFormats.FromName(fileName);
        if (format == ImportFileFormat.Unsupported)
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

        if (buffer.Length == 0)
            return SubsidyFileReadResult.Fail(SubsidyFileMessages.Empty);
        var bytes = new ArraySegment<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
        return format == ImportFileFormat.Csv ? ReadCsv(bytes) : ReadXlsx(bytes);
    }

    /// <summary>Sized for the whole file when the stream knows its length, so a large file is not copied as the buffer grows.</summary>
    private static MemoryStream BufferFor(Stream content) =>
        content.CanSeek ? new MemoryStream((int)Math.Clamp(content.Length - content.Position, 0, MaxBytes + 1L)) : new MemoryStream();

    private static SubsidyFileReadResult ReadCsv(ArraySegment<byte> bytes)
    {
        if (CsvText.Decode(bytes) is not { } text)
            return SubsidyFileReadResult.Fail(SubsidyFileMessages.NotCsv);
        var (rows, error) = CsvRows.Read(text, CsvSeparator.Detect(text), RowsToRead);
        return error is null ? ImportHeader.ToImportRows(rows, SubsidyFileMessages.Empty) : SubsidyFileReadResult.Fail(error);
    }

    private static SubsidyFileReadResult ReadXlsx(ArraySegment<byte> bytes)
    {
        var (rows, error) = XlsxRows.Read(bytes, RowsToRead);
        return error is null ? ImportHeader.ToImportRows(rows, SubsidyFileMessages.SheetEmpty) : SubsidyFileReadResult.Fail(error);
    }
}
