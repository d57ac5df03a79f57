using System.IO.Compression;
using System.Xml;

namespace Portal.Features.ElderlySubsidy.Import;

/// <summary>How the XLSX readers open a part of the package, and what a damaged package throws on the way.</summary>
internal static class XlsxPart
{
    /// <summary>
    /// A reader over one part, its names atomized in <paramref name="names"/> so they compare by reference.
    /// Whitespace between elements is skipped except where a &lt;t&gt; holding only a space between two
    /// rich-text runs is part of the text and the cost does not matter (the shared strings, read once).
    /// </summary>
    public static XmlReader Open(ZipArchiveEntry entry, XmlNameTable names, bool ignoreWhitespace)
    {
        var stream = entry.Open();
        try
        {
            return Reader(stream, names, ignoreWhitespace);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>A reader over a part's XML already unpacked, set up as <see cref="Open"/>'s; it closes the stream.</summary>
    public static XmlReader Reader(Stream xml, XmlNameTable names, bool ignoreWhitespace) =>
        XmlReader.Create(xml, new XmlReaderSettings
        {
            // A workbook is untrusted input: no DTD (entity expansion) and nothing fetched from elsewhere.
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = ignoreWhitespace,
            CloseInput = true,
            NameTable = names,
        });

    /// <summary>
    /// What a damaged or foreign package throws while it is read (broken XML, a corrupt archive entry, or a
    /// reference the readers find nowhere): never a bug of ours.
    /// </summary>
    public static bool IsDamage(Exception exception) => exception is XmlException or InvalidDataException or IOException;
}
