using System.Globalization;
using System.IO.Compression;
using System.Text;
using Portal.Features.ElderlySubsidy.Import;

namespace Portal.Tests.Features.ElderlySubsidy;

/// <summary>
/// A large sheet is read in two parts at once. Whatever the cut, the rows must be those of one pass: each
/// test cuts hand-written sheet XML at every place the cut can be found and compares.
/// </summary>
public sealed class XlsxSheetRowsTests
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>
    /// A sheet as MiniExcel and others write it (every element prefixed, x:row), with what could trip a cut:
    /// a comment and a CDATA section holding a row tag, a row tag's look-alike, rich text (a run of one
    /// space kept by the sheet's xml:space), shared strings, dates, an empty row, cells right of the header,
    /// and rows Excel left out.
    /// </summary>
    private static readonly string PrefixedSheet =
        $"""<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:x="{Main}">""" +
        """<x:sheetViews><x:sheetView workbookViewId="0"/></x:sheetViews><x:sheetData xml:space="preserve">""" +
        """<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="str"><x:v>年度</x:v></x:c><x:c r="C1" t="str"><x:v>说明</x:v></x:c></x:row>""" +
        """<x:row r="2"><x:c r="A2" t="s"><x:v>1</x:v></x:c><x:c r="B2"><x:v>2021</x:v></x:c><x:c r="E2" t="str"><x:v>表外</x:v></x:c></x:row>""" +
        """<!-- <x:row r="99"><x:c r="A99" t="str"><x:v>注释里的行</x:v></x:c></x:row> -->""" +
        """<x:row r="3"><x:c r="A3" t="inlineStr"><x:is><x:r><x:t>补发</x:t></x:r><x:r><x:t xml:space="preserve"> 1 月</x:t></x:r></x:is></x:c><x:c r="B3" s="1"><x:v>44259</x:v></x:c></x:row>""" +
        """<x:row r="4" spans="1:3"><x:c r="D4" t="str"><x:v>只在表外</x:v></x:c></x:row>""" +
        """<x:row r="5"><x:c r="A5" t="str"><x:v><![CDATA[<x:row r="6">不是一行]]></x:v></x:c></x:row>""" +
        """<x:rowBreaks/>""" +
        """<x:row r="8" ht="20"><x:c r="A8" t="s"><x:v>0</x:v></x:c><x:c r="C8" t="str"><x:v>德胜</x:v></x:c></x:row>""" +
        """<x:row r="9"/>""" +
        """<x:row r="10"><x:c r="B10" t="b"><x:v>1</x:v></x:c><x:c r="C10" t="inlineStr"><x:is><x:r><x:t>补发</x:t></x:r><x:r><x:t> </x:t></x:r><x:r><x:t>1</x:t></x:r></x:is></x:c></x:row>""" +
        """</x:sheetData><x:autoFilter ref="A1:C10"/></x:worksheet>""";

    [Fact]
    public void A_prefixed_sheet_reads_the_same_wherever_it_is_cut()
    {
        var (xml, workbook) = Sheet(PrefixedSheet);

        var held = AssertEveryCutReadsAsOnePass(xml, workbook, maxRows: 100);

        Assert.Equal(
            ["1: 新街口|年度|说明", "2: 德胜|2021", "3: 补发 1 月|2021-03-04", "5: <x:row r=\"6\">不是一行", "8: 新街口||德胜", "10: |TRUE|补发 1"],
            Texts(XlsxSheetRows.ReadInOne(xml, workbook, 100)!));
        // Cuts before each of the eight rows hold; those inside the comment and the CDATA do not.
        Assert.Equal(8, held);
    }

    [Fact]
    public void A_sheet_with_a_default_namespace_reads_the_same_wherever_it_is_cut()
    {
        var rows = string.Concat(Enumerable.Range(1, 30).Select(i => $"""<row r="{i}"><c r="A{i}" t="inlineStr"><is><t>街道{i % 4}</t></is></c><c r="B{i}"><v>{i * 7}</v></c></row>"""));
        var (xml, workbook) = Sheet($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{Main}"><sheetData>{rows}</sheetData></worksheet>""");

        var held = AssertEveryCutReadsAsOnePass(xml, workbook, maxRows: 100);

        Assert.Equal(30, held);
        Assert.Equal(30, XlsxSheetRows.ReadInOne(xml, workbook, 100)!.Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void The_row_limit_counts_the_rows_of_both_parts(int maxRows)
    {
        var (xml, workbook) = Sheet(PrefixedSheet);

        AssertEveryCutReadsAsOnePass(xml, workbook, maxRows);

        Assert.Equal(maxRows, XlsxSheetRows.ReadInOne(xml, workbook, maxRows)!.Count);
    }

    [Fact]
    public void Rows_without_numbers_after_the_cut_are_read_in_one_pass()
    {
        var (xml, workbook) = Sheet($"""<worksheet xmlns="{Main}"><sheetData><row r="1"><c><v>1</v></c></row><row><c><v>2</v></c></row><row><c><v>3</v></c></row></sheetData></worksheet>""");
        var cut = XlsxSheetRows.Cut.Find(xml, xml.Length / 2);

        Assert.NotNull(cut);
        Assert.Null(XlsxSheetRows.ReadInTwo(xml, workbook, cut, 100));
        Assert.Equal(["1: 1", "2: 2", "3: 3"], Texts(XlsxSheetRows.ReadInOne(xml, workbook, 100)!));
    }

    [Fact]
    public void Damage_after_the_cut_is_damage()
    {
        var (xml, workbook) = Sheet($"""<worksheet xmlns="{Main}"><sheetData><row r="1"><c><v>1</v></c></row><row r="2"><c><v>2</v></c></row><row r="3"><c t="s"><v>7</v></c></row></sheetData></worksheet>""");
        var cut = XlsxSheetRows.Cut.Find(xml, xml.Length / 2);

        Assert.NotNull(cut);
        Assert.Null(XlsxSheetRows.ReadInTwo(xml, workbook, cut, 100));
        Assert.Null(XlsxSheetRows.ReadInOne(xml, workbook, 100));
    }

    [Theory]
    [InlineData("iso-8859-1", true)]
    [InlineData("utf-16", false)]
    [InlineData("utf-16BE", false)]
    public void A_sheet_not_in_utf8_is_not_cut(string encodingName, bool declared)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        // Latin-1 says so in its declaration; UTF-16 starts with its byte order mark. The text in row 2 is,
        // in UTF-16 of either byte order, the UTF-8 bytes of "<row ".
        const string LooksLikeRowTag = "\u723C\u776F\u4E20\u3C72\u6F77\u2020";
        var declaration = declared ? $"""<?xml version="1.0" encoding="{encodingName}"?>""" : "\uFEFF";
        var text = $"""{declaration}<worksheet xmlns="{Main}"><sheetData><row r="1"><c><v>1</v></c></row><row r="2"><c><v>2</v></c><c t="inlineStr"><is><t>{LooksLikeRowTag}</t></is></c></row></sheetData></worksheet>""";
        var xml = encoding.GetBytes(text);
        var (_, workbook) = Sheet(XlsxPackage.Sheet(""));

        Assert.Null(XlsxSheetRows.Cut.Find(xml, 0));
        Assert.Equal(2, XlsxSheetRows.ReadInOne(xml, workbook, 100)!.Count);
    }

    [Fact]
    public void A_large_workbook_as_MiniExcel_writes_it_is_cut_and_reads_the_same_rows_as_one_pass()
    {
        // A byte order mark, a declaration and x: prefixes, as MiniExcel (and the benchmark's workbook) writes them.
        var rows = new StringBuilder();
        for (var i = 1; rows.Length < XlsxSheetRows.SplitBytes + 100_000; i++)
            rows.Append(CultureInfo.InvariantCulture, $"""<x:row r="{i}"><x:c r="A{i}" t="s"><x:v>{i % 2}</x:v></x:c><x:c r="B{i}"><x:v>{i}</x:v></x:c><x:c r="C{i}" t="inlineStr"><x:is><x:t>第{i}行</x:t></x:is></x:c></x:row>""");
        var sheet = "\uFEFF" + $"""<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="{Main}"><x:sheetData>{rows}</x:sheetData></x:worksheet>""";
        var (xml, workbook) = Sheet(sheet);
        var cut = XlsxSheetRows.Cut.Find(xml, xml.Length / 2);
        using var archive = new ZipArchive(new MemoryStream(Package(sheet)), ZipArchiveMode.Read);

        var read = XlsxSheetRows.Read(archive, int.MaxValue);

        Assert.NotNull(cut);
        Assert.NotNull(XlsxSheetRows.ReadInTwo(xml, workbook, cut, int.MaxValue));
        Assert.Equal(Texts(XlsxSheetRows.ReadInOne(xml, workbook, int.MaxValue)!), Texts(read!));
    }

    /// <summary>Cuts at every place one can be found; each either holds and reads as one pass, or does not hold. Returns how many held.</summary>
    private static int AssertEveryCutReadsAsOnePass(byte[] xml, XlsxWorkbook workbook, int maxRows)
    {
        var expected = Texts(XlsxSheetRows.ReadInOne(xml, workbook, maxRows)!);
        var held = 0;
        var offsets = new HashSet<int>();
        for (var from = 0; from < xml.Length; from++)
        {
            if (XlsxSheetRows.Cut.Find(xml, from) is not { } cut || !offsets.Add(cut.Offset))
                continue;
            if (XlsxSheetRows.ReadInTwo(xml, workbook, cut, maxRows) is not { } rows)
                continue;
            Assert.True(expected.SequenceEqual(Texts(rows)), $"cut at {cut.Offset}: {string.Join(" / ", Texts(rows))}");
            held++;
        }
        return held;
    }

    /// <summary>The sheet's XML, and the workbook around it: shared strings 新街口 and 德胜, style 1 a date.</summary>
    private static (byte[] Xml, XlsxWorkbook Workbook) Sheet(string sheet)
    {
        using var archive = new ZipArchive(new MemoryStream(Package(sheet)), ZipArchiveMode.Read);
        return (Encoding.UTF8.GetBytes(sheet), XlsxWorkbook.Read(archive)!);
    }

    private static byte[] Package(string sheet) =>
        XlsxPackage.WorkbookOfSheetPart(sheet, "<si><t>新街口</t></si><si><t>德胜</t></si>", """<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>""");

    private static List<string> Texts(List<RawRow> rows) => [.. rows.Select(r => $"{r.Number}: {string.Join('|', r.Cells)}")];
}
