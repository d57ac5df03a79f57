using System.Buffers;
using System.IO.Compression;
using System.Security;
using System.Text;
using System.Xml;

namespace Portal.Features.ElderlySubsidy.Import;

/// <summary>
/// The non-empty rows of a workbook's first sheet, cells right of the first row's last one left out.
/// Parsing the XML is most of what reading a large workbook costs, so a large sheet is read on two cores:
/// its XML is unpacked once and cut just before a row in its second half; the first part is read followed
/// by the closing tags of &lt;sheetData&gt; and the worksheet, the second behind their opening tags (with
/// the namespaces they declare). The cut is kept only when both parts read as sound XML and the second
/// part's first row carries its number; otherwise (a cut inside a comment, rows without numbers, a damaged
/// sheet) the sheet is read again in one pass, which gives the verdict. The rows are always those of one pass.
/// </summary>
internal static class XlsxSheetRows
{
    /// <summary>Below this much XML (about 10,000 rows) a second reader costs more than it saves.</summary>
    public const int SplitBytes = 4 * 1024 * 1024;

    /// <summary>
    /// At most <paramref name="maxRows"/> rows of the package's first sheet; null when the package is no
    /// readable workbook or the sheet is damaged before that many rows.
    /// </summary>
    public static List<RawRow>? Read(ZipArchive archive, int maxRows)
    {
        ArgumentNullException.ThrowIfNull(archive);
        XlsxWorkbook? workbook;
        try
        {
            workbook = XlsxWorkbook.Read(archive);
        }
        catch (Exception exception) when (XlsxPart.IsDamage(exception))
        {
            return null;
        }
        if (workbook is null || workbook.FirstSheet.Length > Array.MaxLength)
            return null;

        // Tens of megabytes for a large sheet. A new array that size is zeroed and mapped page by page, which
        // took as long as unpacking into it (about 20 ms for 42 MB); the pool keeps one for the next import.
        var buffer = ArrayPool<byte>.Shared.Rent((int)workbook.FirstSheet.Length);
        try
        {
            ReadOnlyMemory<byte> xml;
            try
            {
                xml = Unpack(workbook.FirstSheet, buffer);
            }
            catch (Exception exception) when (XlsxPart.IsDamage(exception))
            {
                return null;
            }
            if (xml.Length >= SplitBytes && Cut.Find(xml, xml.Length / 2) is { } cut && ReadInTwo(xml, workbook, cut, maxRows) is { } rows)
                return rows;
            return ReadInOne(xml, workbook, maxRows);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The sheet read in one pass.</summary>
    internal static List<RawRow>? ReadInOne(ReadOnlyMemory<byte> xml, XlsxWorkbook workbook, int maxRows)
    {
        var part = ReadPart(new JoinedStream(xml), workbook, maxRows, limitToFirstRow: true);
        return part.IsDamaged ? null : part.Rows;
    }

    /// <summary>The sheet read in two parts at once; null when the cut does not hold (then read it in one pass).</summary>
    internal static List<RawRow>? ReadInTwo(ReadOnlyMemory<byte> xml, XlsxWorkbook workbook, Cut cut, int maxRows)
    {
        Part first = default, second = default;
        Parallel.Invoke(
            () => first = ReadPart(new JoinedStream(xml[..cut.Offset], cut.Closing), workbook, maxRows, limitToFirstRow: true),
            () => second = ReadPart(new JoinedStream(cut.Opening, xml[cut.Offset..]), workbook, maxRows, limitToFirstRow: false));
        if (first.IsDamaged || second.IsDamaged || !second.FirstRowNumbered)
            return null;

        // The second part read every cell; cells right of the first row's last one are left out here, as
        // the first part left them out while it read. A row left with none is dropped, so when the second
        // part stopped at the limit, rows it did not read might have been needed.
        var rows = first.Rows;
        var dropped = false;
        foreach (var row in second.Rows)
        {
            if (rows.Count >= maxRows)
                return rows;
            var cells = rows.Count == 0 ? row.Cells : Within(row.Cells, rows[0].Cells.Length);
            if (cells.Length > 0)
                rows.Add(new RawRow(row.Number, cells));
            else
                dropped = true;
        }
        return dropped && second.Rows.Count >= maxRows ? null : rows;
    }

    /// <summary>The sheet's XML; an entry never unpacks to more than the size it declares.</summary>
    private static ReadOnlyMemory<byte> Unpack(ZipArchiveEntry sheet, byte[] buffer)
    {
        using var stream = sheet.Open();
        return buffer.AsMemory(0, stream.ReadAtLeast(buffer.AsSpan(0, (int)sheet.Length), (int)sheet.Length, throwOnEndOfStream: false));
    }

    private static Part ReadPart(Stream xml, XlsxWorkbook workbook, int maxRows, bool limitToFirstRow)
    {
        XlsxSheetReader sheet;
        try
        {
            sheet = XlsxSheetReader.Open(xml, workbook);
        }
        catch (Exception exception) when (XlsxPart.IsDamage(exception))
        {
            return new Part([], IsDamaged: true, FirstRowNumbered: false);
        }

        using (sheet)
        {
            var rows = new List<RawRow>();
            // Cells right of the first row's last one are never looked up, so no row keeps them: a cell in
            // column XFD would otherwise make its row 16,384 cells long.
            var columns = int.MaxValue;
            while (rows.Count < maxRows && sheet.ReadRow(columns))
            {
                if (sheet.Cells.IsEmpty)
                    continue;
                rows.Add(new RawRow(sheet.RowNumber, sheet.Cells.ToArray()));
                if (limitToFirstRow)
                    columns = rows[0].Cells.Length;
            }
            return new Part(rows, sheet.IsDamaged, sheet.FirstRowNumbered);
        }
    }

    /// <summary>The cells left of <paramref name="columns"/>, up to the last non-empty one.</summary>
    private static string?[] Within(string?[] cells, int columns)
    {
        var width = Math.Min(cells.Length, columns);
        while (width > 0 && cells[width - 1] is null)
            width--;
        return width == cells.Length ? cells : cells[..width];
    }

    private readonly record struct Part(List<RawRow> Rows, bool IsDamaged, bool FirstRowNumbered);

    /// <summary>
    /// Where to cut a sheet's XML (just before the &lt;row&gt; tag at <see cref="Offset"/>), with the tags that
    /// close the first part and open the second.
    /// </summary>
    internal sealed record Cut(int Offset, byte[] Closing, byte[] Opening)
    {
        /// <summary>
        /// The first row tag at or after <paramref name="from"/>, or null when the sheet offers none to cut at: no
        /// rows, or an encoding other than UTF-8 (the added tags are UTF-8, and a cut found by its bytes could
        /// fall inside a character). The tag found may yet lie inside a comment; reading the parts tells.
        /// </summary>
        public static Cut? Find(ReadOnlyMemory<byte> xml, int from)
        {
            // UTF-8 starts with its byte order mark or with the "<" of the declaration or the root.
            if (!(xml.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || xml.Span.StartsWith((ReadOnlySpan<byte>)[(byte)'<'])))
                return null;
            var tags = OpeningTags(xml);
            if (tags is null)
                return null;

            var (worksheet, sheetData, row) = tags.Value;
            var rowTag = Encoding.UTF8.GetBytes("<" + row);
            while (from < xml.Length)
            {
                var found = xml.Span[from..].IndexOf(rowTag);
                if (found < 0)
                    return null;
                var offset = from + found;
                var next = offset + rowTag.Length;
                // "<row" and not the start of a longer name such as "<rows".
                if (next < xml.Length && xml.Span[next] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'>' or (byte)'/')
                {
                    return new Cut(
                        offset,
                        Encoding.UTF8.GetBytes($"</{sheetData.Name}></{worksheet.Name}>"),
                        Encoding.UTF8.GetBytes(worksheet.Tag + sheetData.Tag));
                }
                from = next;
            }
            return null;
        }

        /// <summary>The worksheet's and sheetData's names and opening tags, and the row's name, all as the file writes them (x:row).</summary>
        private static (Element Worksheet, Element SheetData, string Row)? OpeningTags(ReadOnlyMemory<byte> xml)
        {
            using var reader = XlsxPart.Reader(new JoinedStream(xml), new NameTable(), ignoreWhitespace: true);
            Element? worksheet = null, parent = null;
            try
            {
                while (reader.Read())
                {
                    if (reader.NodeType == XmlNodeType.XmlDeclaration)
                    {
                        if (reader.GetAttribute("encoding") is { } encoding && !encoding.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
                            return null;
                    }
                    else if (reader.NodeType == XmlNodeType.Element)
                    {
                        if (reader.Depth == 0)
                            worksheet = Element.At(reader);
                        else if (reader.Depth == 1)
                            parent = Element.At(reader);
                        else if (reader.Depth == 2 && reader.LocalName == "row" && parent?.LocalName == "sheetData")
                            return (worksheet!, parent, reader.Name);
                    }
                }
            }
            catch (XmlException)
            {
                // A sheet damaged before its first row: reading it in one pass says so.
            }
            return null;
        }
    }

    /// <summary>An element's qualified and local name, and its opening tag with the namespaces (and xml: attributes) it declares.</summary>
    private sealed record Element(string Name, string LocalName, string Tag)
    {
        public static Element At(XmlReader reader)
        {
            var tag = new StringBuilder("<").Append(reader.Name);
            while (reader.MoveToNextAttribute())
            {
                if (reader.Prefix is "xmlns" or "xml" || reader.Name == "xmlns")
                    tag.Append(' ').Append(reader.Name).Append("=\"").Append(SecurityElement.Escape(reader.Value)).Append('"');
            }
            reader.MoveToElement();
            return new Element(reader.Name, reader.LocalName, tag.Append('>').ToString());
        }
    }
}
