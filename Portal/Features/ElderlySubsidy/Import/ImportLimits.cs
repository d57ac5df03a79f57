namespace Portal.Features.ElderlySubsidy.Import;

/// <summary>
/// How much an upload may be and unpack to. A district's monthly file (15 streets × 2 subsidies, 30 rows)
/// is a few KB and unpacks to about 20 KB; the largest file the import takes, 100,000 rows, is about 6 MB
/// as CSV or XLSX and its sheet unpacks to about 42 MB, 7 times the package. The same figures Excel saves
/// unpack to 5–10 times their size; a zip bomb unpacks to hundreds or thousands of times its size (a
/// 195 KB workbook to 190 MB).
/// </summary>
public static class ImportLimits
{
    /// <summary>A workbook may unpack to this many times its own size: three times what real ones need.</summary>
    public const int MaxUnpackRatio = 30;

    /// <summary>Any workbook may unpack to this much, so small files with Excel's theme and styles always pass.</summary>
    public const long MinUnpackedBytes = 1024 * 1024;

    /// <summary>
    /// No workbook unpacks to more: 640 bytes for each of the 100,000 rows allowed, half again the 420 a row
    /// takes as MiniExcel writes it, room for comments and styles.
    /// </summary>
    public const long MaxUnpackedBytesAtMost = 640L * SubsidyFileReader.MaxRows;

    /// <summary>What a workbook of <paramref name="packageBytes"/> may unpack to at most.</summary>
    public static long MaxUnpackedBytes(long packageBytes) =>
        Math.Clamp(packageBytes * MaxUnpackRatio, MinUnpackedBytes, MaxUnpackedBytesAtMost);
}
