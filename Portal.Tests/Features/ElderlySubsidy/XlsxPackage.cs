using System.IO.Compression;
using System.Text;

namespace Portal.Tests.Features.ElderlySubsidy;

/// <summary>
/// XLSX packages written by hand, part by part, so a test shows the exact XML a reader meets: only the
/// parts Excel needs to open the file, and relationships as Excel writes them.
/// </summary>
internal static class XlsxPackage
{
    private const string Declaration = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""";
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string DocumentRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>
    /// A workbook of one sheet holding <paramref name="sheetData"/> (the rows); <paramref name="sharedStrings"/>
    /// is the &lt;si&gt; items of the shared strings part and <paramref name="styles"/> the content of the
    /// styles part, each left out of the package when null.
    /// </summary>
    public static byte[] Workbook(string sheetData, string? sharedStrings = null, string? styles = null, string workbookProperties = "") =>
        WorkbookOfSheetPart(Sheet(sheetData), sharedStrings, styles, workbookProperties);

    /// <summary>As <see cref="Workbook(string, string?, string?, string)"/>, the sheet's part given whole (its declaration, root and prefixes as written).</summary>
    public static byte[] WorkbookOfSheetPart(string sheet, string? sharedStrings = null, string? styles = null, string workbookProperties = "")
    {
        var related = new StringBuilder($"""<Relationship Id="rId1" Type="{DocumentRelationships}/worksheet" Target="worksheets/sheet1.xml"/>""");
        var parts = new List<(string, string)> { ("xl/worksheets/sheet1.xml", sheet) };
        if (sharedStrings is not null)
        {
            related.Append($"""<Relationship Id="rId2" Type="{DocumentRelationships}/sharedStrings" Target="sharedStrings.xml"/>""");
            parts.Add(("xl/sharedStrings.xml", $"""{Declaration}<sst xmlns="{Main}">{sharedStrings}</sst>"""));
        }
        if (styles is not null)
        {
            related.Append($"""<Relationship Id="rId3" Type="{DocumentRelationships}/styles" Target="styles.xml"/>""");
            parts.Add(("xl/styles.xml", $"""{Declaration}<styleSheet xmlns="{Main}">{styles}</styleSheet>"""));
        }
        parts.Add(("xl/workbook.xml", WorkbookPart(workbookProperties + """<sheets><sheet name="数据" sheetId="1" r:id="rId1"/></sheets>""")));
        parts.Add(("xl/_rels/workbook.xml.rels", RelationshipsPart(related.ToString())));
        return Zip(parts);
    }

    /// <summary>A workbook of several sheets, in workbook order; <paramref name="sheets"/> name each sheet's relationship id, target and rows.</summary>
    public static byte[] Workbook(params (string Id, string Target, string Path, string SheetData)[] sheets)
    {
        var listed = string.Concat(sheets.Select((s, i) => $"""<sheet name="表{i + 1}" sheetId="{i + 1}" r:id="{s.Id}"/>"""));
        var related = string.Concat(sheets.Select(s => $"""<Relationship Id="{s.Id}" Type="{DocumentRelationships}/worksheet" Target="{s.Target}"/>"""));
        var parts = new List<(string, string)>
        {
            ("xl/workbook.xml", WorkbookPart($"<sheets>{listed}</sheets>")),
            ("xl/_rels/workbook.xml.rels", RelationshipsPart(related)),
        };
        parts.AddRange(sheets.Select(s => (s.Path, Sheet(s.SheetData))));
        return Zip(parts);
    }

    public static string Sheet(string sheetData) => $"""{Declaration}<worksheet xmlns="{Main}"><sheetData>{sheetData}</sheetData></worksheet>""";

    /// <summary>The package: content types, the package relationships to xl/workbook.xml, then the given parts.</summary>
    public static byte[] Zip(IEnumerable<(string Name, string Xml)> parts)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(archive, "[Content_Types].xml",
                $"""{Declaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>""");
            Add(archive, "_rels/.rels",
                RelationshipsPart($"""<Relationship Id="rId1" Type="{DocumentRelationships}/officeDocument" Target="xl/workbook.xml"/>"""));
            foreach (var (name, xml) in parts)
                Add(archive, name, xml);
        }
        return stream.ToArray();
    }

    private static string WorkbookPart(string content) =>
        $"""{Declaration}<workbook xmlns="{Main}" xmlns:r="{DocumentRelationships}">{content}</workbook>""";

    private static string RelationshipsPart(string relationships) =>
        $"""{Declaration}<Relationships xmlns="{Relationships}">{relationships}</Relationships>""";

    private static void Add(ZipArchive archive, string name, string xml)
    {
        using var entry = archive.CreateEntry(name).Open();
        entry.Write(Encoding.UTF8.GetBytes(xml));
    }
}
