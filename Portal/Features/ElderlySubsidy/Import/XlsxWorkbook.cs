using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace Portal.Features.ElderlySubsidy.Import;

/// <summary>
/// What reading an XLSX package's first sheet needs from the rest of the package: where that sheet is,
/// the shared strings its cells refer to, which cell styles show a date, and the workbook's date system.
/// </summary>
internal sealed class XlsxWorkbook
{
    private XlsxWorkbook(ZipArchiveEntry firstSheet, string?[] sharedStrings, bool[] dateStyles, bool date1904)
    {
        FirstSheet = firstSheet;
        SharedStrings = sharedStrings;
        DateStyles = dateStyles;
        Date1904 = date1904;
    }

    /// <summary>The first sheet in workbook order, or sheet1.xml when the workbook does not say.</summary>
    public ZipArchiveEntry FirstSheet { get; }

    /// <summary>Every shared string by index, trimmed, null when empty.</summary>
    public IReadOnlyList<string?> SharedStrings { get; }

    /// <summary>For each cell style (a cell's s attribute), whether its number format shows a date or a time.</summary>
    public IReadOnlyList<bool> DateStyles { get; }

    /// <summary>Whether serial day numbers count from 1904 (old Mac workbooks) rather than 1900.</summary>
    public bool Date1904 { get; }

    /// <summary>
    /// The workbook parts, or null when the package has no sheet; a damaged part throws what
    /// <see cref="XlsxPart.IsDamage"/> names.
    /// </summary>
    public static XlsxWorkbook? Read(ZipArchive archive)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var names = new Names(new NameTable());
        // Part names are case-insensitive in a package; some writers also use backslashes.
        var parts = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in archive.Entries)
            parts.TryAdd(entry.FullName.Replace('\\', '/').TrimStart('/'), entry);

        // The package relationships name the workbook part; without them, it is where Excel puts it.
        var workbookPath = Relationships(parts, "_rels/.rels", "", names).Find(r => r.Type.EndsWith("/officeDocument", StringComparison.Ordinal))?.Target
            ?? "xl/workbook.xml";
        var folder = workbookPath[..(workbookPath.LastIndexOf('/') + 1)];
        var (firstSheetId, date1904) = parts.TryGetValue(workbookPath, out var workbook) ? ReadWorkbook(workbook, names) : (null, false);
        var related = Relationships(parts, folder + "_rels/" + workbookPath[folder.Length..] + ".rels", folder, names);

        ZipArchiveEntry? Related(Predicate<Relationship> match, string fallback) =>
            related.Find(match)?.Target is { } target && parts.TryGetValue(target, out var part) ? part
            : parts.GetValueOrDefault(fallback);

        if (Related(r => r.Id == firstSheetId, folder + "worksheets/sheet1.xml") is not { } sheet)
            return null;
        var sharedStrings = Related(r => r.Type.EndsWith("/sharedStrings", StringComparison.Ordinal), folder + "sharedStrings.xml");
        var styles = Related(r => r.Type.EndsWith("/styles", StringComparison.Ordinal), folder + "styles.xml");
        return new XlsxWorkbook(
            sheet,
            sharedStrings is null ? [] : ReadSharedStrings(sharedStrings, names),
            styles is null ? [] : ReadDateStyles(styles, names),
            date1904);
    }

    /// <summary>The relationship id of the workbook's first sheet, and whether its dates count from 1904.</summary>
    private static (string? FirstSheetId, bool Date1904) ReadWorkbook(ZipArchiveEntry entry, Names names)
    {
        using var xml = XlsxPart.Open(entry, names.Table, ignoreWhitespace: true);
        var date1904 = false;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element)
                continue;
            if ((object)xml.LocalName == names.WorkbookProperties)
            {
                date1904 = xml.GetAttribute("date1904") is "1" or "true";
            }
            else if ((object)xml.LocalName == names.Sheet)
            {
                // r:id, whatever prefix the writer bound the relationships namespace to.
                while (xml.MoveToNextAttribute())
                {
                    if (xml.LocalName == "id" && xml.NamespaceURI.Length > 0)
                        return (xml.Value, date1904);
                }
                return (null, date1904);
            }
        }
        return (null, date1904);
    }

    /// <summary>The relationships of a part, targets resolved to part names; none when the part has no relationships file.</summary>
    private static List<Relationship> Relationships(Dictionary<string, ZipArchiveEntry> parts, string path, string folder, Names names)
    {
        var relationships = new List<Relationship>();
        if (!parts.TryGetValue(path, out var entry))
            return relationships;
        using var xml = XlsxPart.Open(entry, names.Table, ignoreWhitespace: true);
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || (object)xml.LocalName != names.Relationship || xml.GetAttribute("TargetMode") == "External")
                continue;
            if (xml.GetAttribute("Id") is { } id && xml.GetAttribute("Target") is { } target)
                relationships.Add(new Relationship(id, xml.GetAttribute("Type") ?? "", PartName(folder, target)));
        }
        return relationships;
    }

    /// <summary>A relationship's target as a part name: relative to the source part's folder, or from the package root when it starts with '/'.</summary>
    private static string PartName(string folder, string target)
    {
        var segments = new List<string>();
        foreach (var segment in (target.StartsWith('/') ? target : folder + target).Replace('\\', '/').Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                    segments.RemoveAt(segments.Count - 1);
            }
            else if (segment is not ("" or "."))
            {
                segments.Add(segment);
            }
        }
        return string.Join('/', segments);
    }

    /// <summary>Every shared string, trimmed, null when empty; rich text is its runs joined, without the phonetic guide.</summary>
    private static string?[] ReadSharedStrings(ZipArchiveEntry entry, Names names)
    {
        using var xml = XlsxPart.Open(entry, names.Table, ignoreWhitespace: false);
        var strings = new List<string?>();
        var text = new TextBuffer();
        var inItem = false;
        var inText = false;
        var inPhonetic = false;
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element:
                    var name = xml.LocalName;
                    if ((object)name == names.SharedItem)
                    {
                        text.Clear();
                        inItem = !xml.IsEmptyElement;
                        if (!inItem)
                            strings.Add(null);
                    }
                    else if ((object)name == names.Text)
                    {
                        inText = !xml.IsEmptyElement;
                    }
                    else if ((object)name == names.Phonetic)
                    {
                        inPhonetic = !xml.IsEmptyElement;
                    }
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    if (inItem && inText && !inPhonetic)
                        text.Append(xml);
                    break;
                case XmlNodeType.EndElement:
                    var end = xml.LocalName;
                    if ((object)end == names.Text)
                    {
                        inText = false;
                    }
                    else if ((object)end == names.Phonetic)
                    {
                        inPhonetic = false;
                    }
                    else if ((object)end == names.SharedItem)
                    {
                        var trimmed = text.Chars.Trim();
                        strings.Add(trimmed.IsEmpty ? null : new string(trimmed));
                        inItem = false;
                    }
                    break;
            }
        }
        return [.. strings];
    }

    /// <summary>For each cell style (the s attribute of a cell), whether its number format shows a date or a time.</summary>
    private static bool[] ReadDateStyles(ZipArchiveEntry entry, Names names)
    {
        using var xml = XlsxPart.Open(entry, names.Table, ignoreWhitespace: true);
        var customFormats = new Dictionary<int, bool>();
        var styleFormats = new List<int>();
        // Only <numFmts> defines formats (a conditional format's <dxf> repeats some) and only <cellXfs>
        // holds the styles cells refer to (<cellStyleXfs> holds named styles).
        var inNumberFormats = false;
        var inCellStyles = false;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.EndElement)
            {
                if ((object)xml.LocalName == names.NumberFormats)
                    inNumberFormats = false;
                else if ((object)xml.LocalName == names.CellFormats)
                    inCellStyles = false;
                continue;
            }
            if (xml.NodeType != XmlNodeType.Element)
                continue;
            var name = xml.LocalName;
            if ((object)name == names.NumberFormats)
            {
                inNumberFormats = !xml.IsEmptyElement;
            }
            else if (inNumberFormats && (object)name == names.NumberFormat)
            {
                if (FormatId(xml) is { } id)
                    customFormats[id] = IsDateFormatCode(xml.GetAttribute("formatCode") ?? "");
            }
            else if ((object)name == names.CellFormats)
            {
                inCellStyles = !xml.IsEmptyElement;
            }
            else if (inCellStyles && (object)name == names.Format)
            {
                styleFormats.Add(FormatId(xml) ?? 0);
            }
        }
        return [.. styleFormats.Select(id => customFormats.TryGetValue(id, out var isDate) ? isDate : IsBuiltInDateFormat(id))];
    }

    private static int? FormatId(XmlReader xml) =>
        int.TryParse(xml.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>
    /// Excel's built-in date and time formats, which a workbook uses without defining them: 14–22 and 45–47
    /// everywhere, and 27–36 and 50–58 (年月日 and 时分秒) in workbooks saved by Chinese Excel.
    /// </summary>
    private static bool IsBuiltInDateFormat(int id) => id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58);

    /// <summary>
    /// Whether a custom format code shows a date or a time: it has y, m, d, h or s outside quoted text
    /// ("年"), brackets ([Red], [$-804]) and escaped or padding characters (\d, _), *-).
    /// </summary>
    private static bool IsDateFormatCode(string code)
    {
        for (var i = 0; i < code.Length; i++)
        {
            switch (code[i])
            {
                case '"':
                    i = code.IndexOf('"', i + 1) is var quote and >= 0 ? quote : code.Length;
                    break;
                case '[':
                    i = code.IndexOf(']', i + 1) is var bracket and >= 0 ? bracket : code.Length;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case 'y' or 'Y' or 'm' or 'M' or 'd' or 'D' or 'h' or 'H' or 's' or 'S':
                    return true;
            }
        }
        return false;
    }

    private sealed record Relationship(string Id, string Type, string Target);

    /// <summary>
    /// Element names looked up once in the readers' name table, so comparing a name read from the file is a
    /// reference comparison. Only local names are compared: transitional and strict workbooks differ in namespace.
    /// </summary>
    private sealed class Names(XmlNameTable table)
    {
        public XmlNameTable Table { get; } = table;
        public string Relationship { get; } = table.Add("Relationship");
        public string WorkbookProperties { get; } = table.Add("workbookPr");
        public string Sheet { get; } = table.Add("sheet");
        public string SharedItem { get; } = table.Add("si");
        public string Text { get; } = table.Add("t");
        public string Phonetic { get; } = table.Add("rPh");
        public string NumberFormats { get; } = table.Add("numFmts");
        public string NumberFormat { get; } = table.Add("numFmt");
        public string CellFormats { get; } = table.Add("cellXfs");
        public string Format { get; } = table.Add("xf");
    }
}
