using System.Text;

namespace Portal.Features.ElderlySubsidy.Import;

/// <summary>
/// The text of an uploaded CSV: UTF-8 or UTF-16 by their byte order marks, UTF-8 without one when the bytes
/// are valid UTF-8, and otherwise GBK, which is what Chinese Excel writes for "CSV" (read as GB18030, which
/// contains it).
/// </summary>
internal static class CsvText
{
    private const int Gb18030CodePage = 54936;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Gb18030 = LoadGb18030();

    /// <summary>The text, or null when the bytes are not text at all (a workbook, a PDF).</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes)
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
            return Gb18030.GetString(bytes);
        }
    }

    private static Encoding LoadGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(Gb18030CodePage);
    }
}
