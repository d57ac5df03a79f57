namespace Portal.Features.ElderlySubsidy.Import;

/// <summary>What an upload is, by its name and then by its first bytes.</summary>
internal enum ImportFileFormat
{
    Unsupported,
    Csv,
    Xlsx,
}

internal static class ImportFileFormats
{
    public static ImportFileFormat FromName(string fileName) => Path.GetExtension(fileName).ToUpperInvariant() switch
    {
        ".CSV" => ImportFileFormat.Csv,
        ".XLSX" => ImportFileFormat.Xlsx,
        _ => ImportFileFormat.Unsupported,
    };

    /// <summary>
    /// Why bytes named .xlsx are no workbook the reader can open, or null when they start as one: an XLSX is
    /// a ZIP package; Excel 97-2003 workbooks and password-protected ones are OLE compound files.
    /// </summary>
    public static string? WorkbookProblem(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
            return SubsidyFileMessages.OldOrProtectedWorkbook;
        return bytes.StartsWith("PK\x03\x04"u8) ? null : SubsidyFileMessages.NotXlsx;
    }
}
