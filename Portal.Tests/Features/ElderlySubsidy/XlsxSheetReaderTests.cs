using System.IO.Compression;
using System.Security;
using Portal.Features.ElderlySubsidy.Import;

namespace Portal.Tests.Features.ElderlySubsidy;

/// <summary>
/// The workbook reader on hand-written packages: each test holds the XML as Excel or another program
/// writes it, and a row reads as "number: cell|cell|…" (an empty cell between two others is nothing
/// between two bars).
/// </summary>
public sealed class XlsxSheetReaderTests
{
    [Fact]
    public void Shared_strings_read_trimmed_and_rich_text_as_its_runs_joined_without_the_phonetic_guide()
    {
        var sharedStrings =
            "<si><t> 新街口 </t></si>" +
            """<si><r><t>高龄</t></r><r><rPr><b/></rPr><t>津贴</t></r><rPh sb="0" eb="2"><t>ガオリン</t></rPh><phoneticPr fontId="1"/></si>""" +
            """<si><r><t xml:space="preserve">补发 </t></r><r><t>1</t></r><r><t xml:space="preserve"> </t></r><r><t>月</t></r></si>""" +
            """<si><t xml:space="preserve">   </t></si>""";
        var sheet = Row(1, """<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>0</v></c>""");

        var rows = ReadSheet(XlsxPackage.Workbook(sheet, sharedStrings));

        Assert.Equal(["1: 新街口|高龄津贴|补发 1 月||新街口"], rows);
    }

    [Theory]
    [InlineData("""<c r="A1" t="b"><v>1</v></c>""", "TRUE")]
    [InlineData("""<c r="A1" t="b"><v>0</v></c>""", "FALSE")]
    [InlineData("""<c r="A1" t="e"><v>#DIV/0!</v></c>""", "#DIV/0!")]
    [InlineData("""<c r="A1" t="str"><f>B1&amp;"街道"</f><v>新街口街道</v></c>""", "新街口街道")]
    [InlineData("""<c r="A1" t="inlineStr"><is><t> 新街口 </t></is></c>""", "新街口")]
    [InlineData("""<c r="A1" t="inlineStr"><is><r><t>补发</t></r><r><rPr><i/></rPr><t xml:space="preserve"> 1 </t></r><r><t>月</t></r><rPh sb="0" eb="2"><t>ブハツ</t></rPh></is></c>""", "补发 1 月")]
    [InlineData("""<c r="A1" t="d"><v>2021-03-04T00:00:00</v></c>""", "2021-03-04")]
    [InlineData("""<c r="A1" t="n"><v>1200</v></c>""", "1200")]
    [InlineData("""<c r="A1"><v>-0</v></c>""", "0")]
    [InlineData("""<c r="A1"><v>007</v></c>""", "7")]
    [InlineData("""<c r="A1"><f>1/3</f><v>0.33333333333333331</v></c>""", "0.333333333333333")]
    [InlineData("""<c r="A1" s="1"/>""", "")]
    [InlineData("""<c r="A1" t="inlineStr"><is><t xml:space="preserve">   </t></is></c>""", "")]
    [InlineData("""<c r="A1" t="str"><f>""</f><v></v></c>""", "")]
    public void Each_kind_of_cell_reads_as_excel_shows_it(string cell, string expected)
    {
        var rows = ReadSheet(XlsxPackage.Workbook(Row(1, cell)));

        Assert.Equal(["1: " + expected], rows);
    }

    [Theory]
    [InlineData(14, "", "44259", "2021-03-04")]
    [InlineData(22, "", "44259.75", "2021-03-04")]
    [InlineData(31, "", "44259", "2021-03-04")]
    [InlineData(176, "yyyy\"年\"m\"月\"d\"日\"", "44259", "2021-03-04")]
    [InlineData(176, "[$-804]yyyy/m/d;@", "44259", "2021-03-04")]
    [InlineData(176, "h:mm", "44259.5", "2021-03-04")]
    [InlineData(0, "", "44259", "44259")]
    [InlineData(2, "", "44259", "44259")]
    [InlineData(176, "[Red]0", "44259", "44259")]
    [InlineData(176, "0\" days\"", "44259", "44259")]
    [InlineData(176, "#,##0.00_);[Red]\\(#,##0.00\\)", "44259", "44259")]
    [InlineData(176, "yyyy-mm-dd", "not a number", "not a number")]
    public void Number_cells_read_as_dates_exactly_when_their_style_shows_a_date(int formatId, string formatCode, string stored, string expected)
    {
        // Named styles (cellStyleXfs) and conditional formats (dxf) carry formats too; cells use neither.
        var styles =
            $"""<numFmts count="1"><numFmt numFmtId="176" formatCode="{SecurityElement.Escape(formatCode)}"/></numFmts>""" +
            """<cellStyleXfs count="2"><xf numFmtId="14"/><xf numFmtId="14"/></cellStyleXfs>""" +
            $"""<cellXfs count="2"><xf numFmtId="0" xfId="0"/><xf numFmtId="{formatId}" xfId="0" applyNumberFormat="1"/></cellXfs>""" +
            """<dxfs count="1"><dxf><numFmt numFmtId="176" formatCode="yyyy-mm-dd"/></dxf></dxfs>""";

        var rows = ReadSheet(XlsxPackage.Workbook(Row(1, $"""<c r="A1" s="1"><v>{stored}</v></c><c r="B1"><v>44259</v></c>"""), styles: styles));

        Assert.Equal([$"1: {expected}|44259"], rows);
    }

    [Fact]
    public void Dates_count_from_1904_in_a_workbook_that_says_so()
    {
        var styles = """<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>""";

        var rows = ReadSheet(XlsxPackage.Workbook(Row(1, """<c r="A1" s="1"><v>42797</v></c>"""), styles: styles, workbookProperties: """<workbookPr date1904="1"/>"""));

        Assert.Equal(["1: 2021-03-04"], rows);
    }

    [Fact]
    public void Rows_and_cells_without_a_reference_follow_the_one_before()
    {
        var sheet =
            """<row><c t="inlineStr"><is><t>街道</t></is></c><c t="inlineStr"><is><t>年度</t></is></c></row>""" +
            """<row r="4"><c r="B4"><v>2021</v></c><c><v>1</v></c></row>""" +
            """<row><c><v>7</v></c><c r="D5"><v>8</v></c><c/><c><v>9</v></c></row>""";

        var rows = ReadSheet(XlsxPackage.Workbook(sheet));

        Assert.Equal(["1: 街道|年度", "4: |2021|1", "5: 7|||8||9"], rows);
    }

    [Theory]
    [InlineData("worksheets/sheet2.xml")]
    [InlineData("/xl/worksheets/sheet2.xml")]
    [InlineData("../xl/worksheets/sheet2.xml")]
    public void The_first_sheet_in_workbook_order_is_read_wherever_its_part_lies(string target)
    {
        var package = XlsxPackage.Workbook(
            ("rId7", target, "xl/worksheets/sheet2.xml", Row(1, Text("A1", "本月"))),
            ("rId1", "worksheets/sheet1.xml", "xl/worksheets/sheet1.xml", Row(1, Text("A1", "上月"))));

        Assert.Equal(["1: 本月"], ReadSheet(package));
    }

    [Fact]
    public void A_workbook_without_relationships_is_read_from_its_first_sheet_part()
    {
        var package = XlsxPackage.Zip([("xl/worksheets/sheet1.xml", XlsxPackage.Sheet(Row(1, Text("A1", "新街口"))))]);

        Assert.Equal(["1: 新街口"], ReadSheet(package));
    }

    [Fact]
    public void A_package_without_a_sheet_is_no_workbook()
    {
        using var archive = Archive(XlsxPackage.Zip([("xl/workbook.xml", "<workbook/>"), ("xl/worksheets/sheet2.xml", XlsxPackage.Sheet(""))]));

        Assert.Null(XlsxWorkbook.Read(archive));
    }

    [Theory]
    [InlineData("1", false)]
    [InlineData("2", true)]
    [InlineData("-1", true)]
    [InlineData("99999999999", true)]
    [InlineData("一", true)]
    public void A_cell_may_refer_only_to_a_shared_string_the_workbook_has(string index, bool damaged)
    {
        var package = XlsxPackage.Workbook(Row(1, $"""<c r="A1" t="s"><v>{index}</v></c>"""), "<si><t>新街口</t></si><si><t>德胜</t></si>");

        var (rows, isDamaged) = Read(package);

        Assert.Equal(damaged, isDamaged);
        Assert.Equal(damaged ? [] : ["1: 德胜"], rows);
    }

    [Fact]
    public void A_shared_string_cell_in_a_workbook_without_shared_strings_is_damage()
    {
        var package = XlsxPackage.Workbook(Row(1, Text("A1", "表头")) + Row(2, """<c r="A2" t="s"><v>0</v></c>"""));

        var (rows, isDamaged) = Read(package);

        Assert.True(isDamaged);
        Assert.Equal(["1: 表头"], rows);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_long_text_with_a_character_outside_the_basic_plane_reads_whole(bool shared)
    {
        // 255 characters, then one that takes two: the pair straddles the end of the first 256-character read.
        var text = new string('长', 255) + "𠀀";
        var package = shared
            ? XlsxPackage.Workbook(Row(1, """<c r="A1" t="s"><v>0</v></c>"""), $"<si><t>{text}</t></si>")
            : XlsxPackage.Workbook(Row(1, Text("A1", text)));

        Assert.Equal(["1: " + text], ReadSheet(package));
    }

    [Fact]
    public void A_part_with_a_document_type_declaration_is_damage()
    {
        var sheet = """<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY street "新街口">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"""
            + Row(1, Text("A1", "&street;")) + "</sheetData></worksheet>";
        using var archive = Archive(XlsxPackage.Zip([("xl/worksheets/sheet1.xml", sheet)]));
        using var reader = OpenSheet(archive);

        Assert.False(reader.ReadRow(int.MaxValue));
        Assert.True(reader.IsDamaged);
    }

    [Fact]
    public void Cells_at_or_right_of_the_column_limit_are_left_out()
    {
        using var archive = Archive(XlsxPackage.Workbook(Row(1, Text("A1", "街道") + Text("B1", "年度") + Text("C1", "备注") + Text("XFD1", "最后一列"))));
        using var reader = OpenSheet(archive);

        Assert.True(reader.ReadRow(2));
        Assert.Equal(["街道", "年度"], reader.Cells.ToArray());
    }

    private static string Row(int number, string cells) => $"""<row r="{number}">{cells}</row>""";

    private static string Text(string reference, string text) => $"""<c r="{reference}" t="inlineStr"><is><t>{text}</t></is></c>""";

    private static ZipArchive Archive(byte[] package) => new(new MemoryStream(package), ZipArchiveMode.Read);

    private static XlsxSheetReader OpenSheet(ZipArchive archive)
    {
        var workbook = XlsxWorkbook.Read(archive);
        Assert.NotNull(workbook);
        return XlsxSheetReader.Open(workbook.FirstSheet.Open(), workbook);
    }

    /// <summary>Every row of a sound sheet.</summary>
    private static List<string> ReadSheet(byte[] package)
    {
        var (rows, isDamaged) = Read(package);
        Assert.False(isDamaged);
        return rows;
    }

    private static (List<string> Rows, bool IsDamaged) Read(byte[] package)
    {
        using var archive = Archive(package);
        using var reader = OpenSheet(archive);
        var rows = new List<string>();
        while (reader.ReadRow(int.MaxValue))
            rows.Add($"{reader.RowNumber}: {string.Join('|', reader.Cells.ToArray())}");
        return (rows, reader.IsDamaged);
    }
}
