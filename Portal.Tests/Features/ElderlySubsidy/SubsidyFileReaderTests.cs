using System.IO.Compression;
using System.Text;
using MiniExcelLibs;
using Portal.Features.ElderlySubsidy.Import;
using Portal.Tests.Support;

namespace Portal.Tests.Features.ElderlySubsidy;

public sealed class SubsidyFileReaderTests
{
    private const string Header = "街道,年度,月份,补贴类型,人次,彩票公益金（元）,区财政配套（元）,说明";
    private const string ExampleLine = "新街口,2021,1,高龄津贴,1200,\"150,000.00\",\"30,000.00\",";

    private static readonly SubsidyImportRow ExampleRow =
        new(2, "新街口", "2021", "1", "高龄津贴", "1200", "150,000.00", "30,000.00", null);

    static SubsidyFileReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Utf8_csv_with_byte_order_mark_reads_every_cell()
    {
        var bytes = Utf8Bom(Lines(Header, ExampleLine, "德胜,2021,2,失能老年人护理补贴,35,\"5,250.00\",0,补发 1 月"));

        var result = ReadOk(bytes, "补贴.csv");

        Assert.Equal(
            [ExampleRow, new SubsidyImportRow(3, "德胜", "2021", "2", "失能老年人护理补贴", "35", "5,250.00", "0", "补发 1 月")],
            result.Rows);
    }

    [Fact]
    public void Utf8_csv_without_byte_order_mark_reads_chinese_text()
    {
        var bytes = Encoding.UTF8.GetBytes(Lines(Header, ExampleLine));

        var result = ReadOk(bytes, "补贴.csv");

        Assert.Equal([ExampleRow], result.Rows);
    }

    [Fact]
    public void Gbk_csv_as_chinese_excel_saves_it_reads_chinese_text_exactly()
    {
        var bytes = Encoding.GetEncoding(936).GetBytes(Lines(
            Header,
            "什刹海,2021,3,高龄津贴,980,\"117,600.00\",\"23,520.00\",含补发两人（月末去世）",
            "展览路,2021,3,失能老年人护理补贴,12,1800,360,"));

        var result = ReadOk(bytes, "什刹海.csv");

        Assert.Equal(
            [
                new SubsidyImportRow(2, "什刹海", "2021", "3", "高龄津贴", "980", "117,600.00", "23,520.00", "含补发两人（月末去世）"),
                new SubsidyImportRow(3, "展览路", "2021", "3", "失能老年人护理补贴", "12", "1800", "360", null),
            ],
            result.Rows);
    }

    [Fact]
    public void Utf16_tab_separated_file_as_excel_unicode_text_reads_every_cell()
    {
        var text = Lines(Header.Replace(',', '\t'), "新街口\t2021\t1\t高龄津贴\t1200\t150,000.00\t30,000.00\t");
        var bytes = Concat([0xFF, 0xFE], Encoding.Unicode.GetBytes(text));

        var result = ReadOk(bytes, "补贴.csv");

        Assert.Equal([ExampleRow], result.Rows);
    }

    [Fact]
    public void Semicolon_separated_file_reads_every_cell()
    {
        var bytes = Encoding.UTF8.GetBytes(Lines(Header.Replace(',', ';'), "新街口;2021;1;高龄津贴;1200;150,000.00;30,000.00;"));

        var result = ReadOk(bytes, "补贴.csv");

        Assert.Equal([ExampleRow], result.Rows);
    }

    [Fact]
    public void Full_width_comma_separates_cells_when_the_header_uses_it()
    {
        var bytes = Encoding.UTF8.GetBytes(Lines(Header.Replace(',', '，'), "新街口，2021，1，高龄津贴，1200，150000，30000，说明,含逗号"));

        var result = ReadOk(bytes, "补贴.csv");

        Assert.Equal([new SubsidyImportRow(2, "新街口", "2021", "1", "高龄津贴", "1200", "150000", "30000", "说明,含逗号")], result.Rows);
    }

    [Fact]
    public void Full_width_comma_stays_inside_the_cell_when_the_header_uses_commas()
    {
        var bytes = Encoding.UTF8.GetBytes(Lines(Header, "新街口,2021,1,高龄津贴,1200,150000,30000,一月，二月"));

        var result = ReadOk(bytes, "补贴.csv");

        Assert.Equal("一月，二月", Assert.Single(result.Rows).Comment);
    }

    [Fact]
    public void Quoted_cells_keep_commas_quotes_and_line_breaks_and_stay_one_excel_row()
    {
        var bytes = Encoding.UTF8.GetBytes(
            Header + "\r\n" +
            "新街口,2021,1,高龄津贴,1200,\"150,000.00\",\"30,000.00\",\"补发 1、2 月，\"\"含\"\"调整\r\n第二行\nsecond\"\r\n" +
            "\"德胜\",\"2021\",2,高龄津贴,10,1,2,\"\"\n");

        var result = ReadOk(bytes, "补贴.csv");

        Assert.Equal(
            [
                ExampleRow with { Comment = "补发 1、2 月，\"含\"调整\n第二行\nsecond" },
                new SubsidyImportRow(3, "德胜", "2021", "2", "高龄津贴", "10", "1", "2", null),
            ],
            result.Rows);
    }

    [Fact]
    public void Cells_are_trimmed_and_blank_cells_are_null()
    {
        var bytes = Encoding.UTF8.GetBytes(Lines(Header, " 新街口 ,\t2021 ,1,\u3000高龄津贴\u3000,  ,\" 150,000.00 \",30000, \"  \""));

        var result = ReadOk(bytes, "补贴.csv");

        Assert.Equal([new SubsidyImportRow(2, "新街口", "2021", "1", "高龄津贴", null, "150,000.00", "30000", "\"  \"")], result.Rows);
    }

    [Fact]
    public void Columns_are_found_by_name_in_any_order_with_either_parentheses_and_extra_columns_ignored()
    {
        var bytes = Encoding.UTF8.GetBytes(Lines(
            " 说明 ,区财政配套(元),彩票公益金 （元）,人次,备注,补贴类型,月份,年度,街道",
            "补发,\"30,000.00\",\"150,000.00\",1200,不导入,高龄津贴,1,2021,新街口"));

        var result = ReadOk(bytes, "补贴.csv");

        Assert.Equal([ExampleRow with { Comment = "补发" }], result.Rows);
    }

    [Fact]
    public void The_comment_column_may_be_left_out()
    {
        var bytes = Encoding.UTF8.GetBytes(Lines("街道,年度,月份,补贴类型,人次,彩票公益金（元）,区财政配套（元）", "新街口,2021,1,高龄津贴,1200,\"150,000.00\",\"30,000.00\""));

        var result = ReadOk(bytes, "补贴.csv");

        Assert.Equal([ExampleRow], result.Rows);
    }

    [Fact]
    public void Missing_columns_are_named_in_the_error()
    {
        var bytes = Encoding.UTF8.GetBytes(Lines("街道,月份,补贴类型,人次,区财政配套（元）,说明", "新街口,1,高龄津贴,1200,30000,"));

        var result = Read(new MemoryStream(bytes), "补贴.csv");

        Assert.Equal("表头（第 1 行）缺少以下列：年度、彩票公益金（元）。请使用导入模板中的表头。", result.Error);
        Assert.Equal(SubsidyFileMessages.MissingColumns(1, ["年度", "彩票公益金（元）"]), result.Error);
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void A_column_given_twice_is_refused()
    {
        var bytes = Encoding.UTF8.GetBytes(Lines(Header + ",街道 ", ExampleLine + ",德胜"));

        var result = Read(new MemoryStream(bytes), "补贴.csv");

        Assert.Equal(SubsidyFileMessages.DuplicateColumn(1, "街道"), result.Error);
    }

    [Fact]
    public void Empty_lines_are_skipped_but_rows_keep_their_excel_numbers()
    {
        var bytes = Encoding.UTF8.GetBytes(
            "\r\n" + Header + "\r\n\r\n" + ExampleLine + "\n,,,,,,,\r\n   \r\n" + "德胜,2021,2,高龄津贴,10,1,2,\r\n\r\n");

        var result = ReadOk(bytes, "补贴.csv");

        Assert.Equal([4, 7], result.Rows.Select(r => r.RowNumber));
        Assert.Equal("德胜", result.Rows[1].Street);
    }

    [Fact]
    public void A_header_in_a_later_row_is_named_by_its_row_in_errors()
    {
        var bytes = Encoding.UTF8.GetBytes(Lines("", ",,", "街道,年度", "新街口,2021"));

        var result = Read(new MemoryStream(bytes), "补贴.csv");

        Assert.Equal(SubsidyFileMessages.MissingColumns(3, ["月份", "补贴类型", "人次", "彩票公益金（元）", "区财政配套（元）"]), result.Error);
    }

    [Fact]
    public void An_unterminated_quote_is_reported_at_the_row_where_it_opens()
    {
        var bytes = Encoding.UTF8.GetBytes(Lines(Header, ExampleLine, "德胜,2021,2,高龄津贴,10,\"1,000.00,2,", "展览路,2021,2,高龄津贴,10,1,2,"));

        var result = Read(new MemoryStream(bytes), "补贴.csv");

        Assert.Equal("第 3 行的双引号没有配对，引号后的内容一直延续到文件末尾。请检查该行是否少了一个双引号（\"）。", result.Error);
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_refused_at_its_row()
    {
        var bytes = Encoding.UTF8.GetBytes(Lines(Header, ExampleLine, "德胜,2021,2,高龄津贴,10,\"1,000\"元,2,"));

        var result = Read(new MemoryStream(bytes), "补贴.csv");

        Assert.Equal(SubsidyFileMessages.TextAfterQuote(3), result.Error);
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void A_file_with_only_a_header_has_no_data_rows()
    {
        var result = Read(new MemoryStream(Utf8Bom(Lines(Header, ",,,"))), "补贴.csv");

        Assert.Equal(SubsidyFileMessages.NoDataRows, result.Error);
    }

    [Theory]
    [InlineData("补贴.csv")]
    [InlineData("补贴.xlsx")]
    public void An_empty_file_is_refused(string fileName)
    {
        var result = Read(new MemoryStream([]), fileName);

        Assert.Equal("文件是空的。", result.Error);
    }

    [Fact]
    public void A_csv_of_blank_lines_is_empty()
    {
        var result = Read(new MemoryStream(Utf8Bom("\r\n , \r\n,,,\r\n")), "补贴.csv");

        Assert.Equal(SubsidyFileMessages.Empty, result.Error);
    }

    [Theory]
    [InlineData("补贴.xls")]
    [InlineData("补贴.txt")]
    [InlineData("补贴.pdf")]
    [InlineData("补贴")]
    [InlineData("补贴.csv.bak")]
    public void Files_other_than_csv_or_xlsx_are_refused_by_extension(string fileName)
    {
        var result = Read(new MemoryStream(Encoding.UTF8.GetBytes(Lines(Header, ExampleLine))), fileName);

        Assert.Equal("只能导入 CSV 或 XLSX 文件（Excel 另存为“CSV”或“Excel 工作簿”）。", result.Error);
    }

    [Theory]
    [InlineData("补贴.CSV")]
    [InlineData("补贴.Csv")]
    public void The_extension_is_matched_without_case(string fileName)
    {
        var result = ReadOk(Encoding.UTF8.GetBytes(Lines(Header, ExampleLine)), fileName);

        Assert.Equal([ExampleRow], result.Rows);
    }

    public static TheoryData<string, byte[]> NotWorkbooks => new()
    {
        { "random bytes", RandomBytes() },
        { "a PDF", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n") },
        { "a CSV", Encoding.UTF8.GetBytes(Lines(Header, ExampleLine)) },
        { "a ZIP signature and nothing more", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00] },
        { "a ZIP archive without a workbook", Zip(("word/document.xml", "<w:document/>")) },
    };

    [Theory]
    [MemberData(nameof(NotWorkbooks))]
    public void Content_that_is_not_a_workbook_named_xlsx_is_refused(string what, byte[] bytes)
    {
        var result = Read(new MemoryStream(bytes), "补贴.xlsx");

        Assert.True(result.Error == SubsidyFileMessages.NotXlsx, what);
        Assert.Equal("文件不是有效的 Excel 工作簿（.xlsx），请在 Excel 中另存为“Excel 工作簿”后重试。", result.Error);
    }

    [Fact]
    public void An_old_excel_file_renamed_xlsx_is_named_as_such()
    {
        byte[] compoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0, 0, 0, 0, 0];

        var result = Read(new MemoryStream(compoundFile), "补贴.xlsx");

        Assert.Equal(SubsidyFileMessages.OldOrProtectedWorkbook, result.Error);
    }

    public static TheoryData<string, byte[]> NotText => new()
    {
        { "a workbook", SubsidyImportTemplate.Xlsx() },
        { "a PDF", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n") },
        { "UTF-16 without a byte order mark", Encoding.Unicode.GetBytes(Lines(Header, ExampleLine)) },
    };

    [Theory]
    [MemberData(nameof(NotText))]
    public void Content_that_is_not_text_named_csv_is_refused(string what, byte[] bytes)
    {
        var result = Read(new MemoryStream(bytes), "补贴.csv");

        Assert.True(result.Error == SubsidyFileMessages.NotCsv, what);
    }

    [Fact]
    public void A_file_of_exactly_the_size_limit_is_read()
    {
        var lines = Lines(Header, ExampleLine);
        var padding = new string(' ', SubsidyFileReader.MaxBytes - Encoding.UTF8.GetByteCount(lines));
        var bytes = Encoding.UTF8.GetBytes(lines + padding);
        Assert.Equal(SubsidyFileReader.MaxBytes, bytes.Length);

        var result = ReadOk(bytes, "补贴.csv");

        Assert.Equal([ExampleRow], result.Rows);
    }

    [Theory]
    [InlineData("补贴.csv")]
    [InlineData("补贴.xlsx")]
    public void A_file_one_byte_over_the_size_limit_is_refused(string fileName)
    {
        var bytes = new byte[SubsidyFileReader.MaxBytes + 1];

        var result = Read(new MemoryStream(bytes), fileName);

        Assert.Equal("文件超过 16 MB，请分成几个文件分别导入。", result.Error);
    }

    [Fact]
    public void Exactly_the_row_limit_is_read()
    {
        var result = ReadOk(Encoding.UTF8.GetBytes(CsvWithDataRows(SubsidyFileReader.MaxRows)), "补贴.csv");

        Assert.Equal(SubsidyFileReader.MaxRows, result.Rows.Count);
        Assert.Equal(SubsidyFileReader.MaxRows + 1, result.Rows[^1].RowNumber);
    }

    [Fact]
    public void One_row_over_the_row_limit_is_refused()
    {
        var result = Read(new MemoryStream(Encoding.UTF8.GetBytes(CsvWithDataRows(SubsidyFileReader.MaxRows + 1))), "补贴.csv");

        Assert.Equal("数据行数超过 100000 行，请分成几个文件分别导入。", result.Error);
    }

    [Fact]
    public void One_row_over_the_row_limit_in_a_workbook_is_refused()
    {
        var rows = Enumerable.Range(1, SubsidyFileReader.MaxRows + 1).Select(i => WorkbookRow("新街口", 2021, 1, "高龄津贴", i, 100, 20, null));

        var result = Read(new MemoryStream(MiniExcelWorkbook(rows)), "补贴.xlsx");

        Assert.Equal(SubsidyFileMessages.TooManyRows(SubsidyFileReader.MaxRows), result.Error);
    }

    [Fact]
    public void Workbook_numbers_read_as_typed_and_an_empty_row_keeps_row_numbers()
    {
        var bytes = MiniExcelWorkbook(
        [
            WorkbookRow("新街口", 2021, 1, "高龄津贴", 12345, 150000.00m, 1234.5, null),
            WorkbookRow(null, null, null, null, null, null, null, null),
            WorkbookRow("德胜", "2021", 2.0, "失能老年人护理补贴", 0.1 + 0.2, "150,000.00", 30000.5m, new DateTime(2021, 3, 4)),
        ]);

        var result = ReadOk(bytes, "补贴.xlsx");

        Assert.Equal(
            [
                new SubsidyImportRow(2, "新街口", "2021", "1", "高龄津贴", "12345", "150000", "1234.5", null),
                new SubsidyImportRow(4, "德胜", "2021", "2", "失能老年人护理补贴", "0.3", "150,000.00", "30000.5", "2021-03-04"),
            ],
            result.Rows);
    }

    [Theory]
    [InlineData("12345", "12345")]
    [InlineData("1234.5", "1234.5")]
    [InlineData("150000.00", "150000")]
    [InlineData("0.30000000000000004", "0.3")]
    [InlineData("1E+20", "100000000000000000000")]
    [InlineData("1.5E-7", "0.00000015")]
    [InlineData("-2500.75", "-2500.75")]
    [InlineData("123456789012345", "123456789012345")]
    public void Workbook_number_cells_read_without_exponents_or_float_noise(string stored, string expected)
    {
        var sheet = Row(1, Header.Split(',').Select((h, i) => Text(i, 1, h))) +
                    Row(2, [Text(0, 2, "新街口"), Number(5, 2, stored)]);

        var result = ReadOk(HandMadeWorkbook(sheet), "补贴.xlsx");

        Assert.Equal(expected, Assert.Single(result.Rows).LotteryYuan);
    }

    [Fact]
    public void Workbook_rows_keep_excel_numbers_across_rows_the_file_leaves_out()
    {
        // Excel writes no element for an empty row, and this sheet starts in row 3, column B.
        var headerCells = "年度,月份,补贴类型,人次,彩票公益金（元）,区财政配套（元）,街道".Split(',').Select((h, i) => Text(i + 1, 3, h));
        var sheet = Row(3, headerCells) +
                    Row(4, [Number(1, 4, "2021"), Number(2, 4, "1"), Text(3, 4, "高龄津贴"), Number(4, 4, "1200"), Text(5, 4, "150,000.00"), Text(6, 4, "30,000.00"), Text(7, 4, "新街口")]) +
                    Row(7, [Number(1, 7, "2021"), Number(2, 7, "2"), Text(3, 7, "高龄津贴"), Text(7, 7, "德胜")]);

        var result = ReadOk(HandMadeWorkbook(sheet), "补贴.xlsx");

        Assert.Equal(
            [
                ExampleRow with { RowNumber = 4 },
                new SubsidyImportRow(7, "德胜", "2021", "2", "高龄津贴", null, null, null, null),
            ],
            result.Rows);
    }

    private const string DateStyles =
        """<numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>""" +
        """<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="176" applyNumberFormat="1"/></cellXfs>""";

    public static TheoryData<string, string, string?, string> WorkbookCells => new()
    {
        { "a boolean", """<c r="H2" t="b"><v>1</v></c>""", null, "TRUE" },
        { "a number in a date style", """<c r="H2" s="1"><v>44259</v></c>""", null, "2021-03-04" },
        { "a number in a Chinese date format", """<c r="H2" s="2"><v>44259.75</v></c>""", null, "2021-03-04" },
        { "a number in no date style", """<c r="H2"><v>44259</v></c>""", null, "44259" },
        { "a formula's text", """<c r="H2" t="str"><f>A2&amp;"街道"</f><v>新街口街道</v></c>""", null, "新街口街道" },
        { "a formula's number", """<c r="H2"><f>1/3</f><v>0.33333333333333331</v></c>""", null, "0.333333333333333" },
        { "a shared string of rich text", """<c r="H2" t="s"><v>0</v></c>""", """<si><r><t>补发</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 1 月 </t></r></si>""", "补发 1 月" },
        { "inline rich text", """<c r="H2" t="inlineStr"><is><r><t>补发</t></r><r><rPr><i/></rPr><t xml:space="preserve"> 2 月</t></r></is></c>""", null, "补发 2 月" },
    };

    [Theory]
    [MemberData(nameof(WorkbookCells))]
    public void Workbook_cells_read_as_excel_shows_them(string what, string cell, string? sharedStrings, string expected)
    {
        var sheet = HeaderRow() + Row(2, [Text(0, 2, "新街口"), cell]);

        var result = ReadOk(XlsxPackage.Workbook(sheet, sharedStrings, DateStyles), "补贴.xlsx");

        Assert.True(Assert.Single(result.Rows).Comment == expected, $"{what}: {Assert.Single(result.Rows).Comment}");
    }

    [Fact]
    public void Workbook_dates_count_from_1904_when_the_workbook_says_so()
    {
        var sheet = HeaderRow() + Row(2, [Text(0, 2, "新街口"), """<c r="H2" s="1"><v>42797</v></c>"""]);

        var result = ReadOk(XlsxPackage.Workbook(sheet, styles: DateStyles, workbookProperties: """<workbookPr date1904="1"/>"""), "补贴.xlsx");

        Assert.Equal("2021-03-04", Assert.Single(result.Rows).Comment);
    }

    [Fact]
    public void A_workbook_with_missing_columns_names_them()
    {
        var bytes = MiniExcelWorkbook([new Dictionary<string, object?> { ["街道"] = "新街口", ["年度"] = 2021 }]);

        var result = Read(new MemoryStream(bytes), "补贴.xlsx");

        Assert.Equal(SubsidyFileMessages.MissingColumns(1, ["月份", "补贴类型", "人次", "彩票公益金（元）", "区财政配套（元）"]), result.Error);
    }

    [Fact]
    public void A_workbook_whose_first_sheet_is_empty_says_so()
    {
        var result = Read(new MemoryStream(HandMadeWorkbook("")), "补贴.xlsx");

        Assert.Equal(SubsidyFileMessages.SheetEmpty, result.Error);
    }

    [Fact]
    public void A_workbook_that_unpacks_to_hundreds_of_megabytes_is_refused()
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = archive.CreateEntry("xl/worksheets/sheet1.xml").Open();
            var megabyte = new byte[1024 * 1024];
            for (var i = 0; i < 201; i++)
                entry.Write(megabyte);
        }
        var bytes = stream.ToArray();
        Assert.True(bytes.Length < SubsidyFileReader.MaxBytes);

        var result = Read(new MemoryStream(bytes), "补贴.xlsx");

        Assert.Equal(SubsidyFileMessages.WorkbookTooLarge, result.Error);
    }

    [Fact]
    public void A_workbook_that_unpacks_to_more_than_its_share_is_refused_though_far_below_the_old_200_megabytes()
    {
        // A sound workbook whose sheet carries 8 MB of blanks: a few KB packed, a thousand times that unpacked.
        var bytes = HandMadeWorkbook(HeaderRow() + new string(' ', 8 * 1024 * 1024) + Row(2, [Text(0, 2, "新街口")]));
        Assert.True(bytes.Length < 64 * 1024);

        var result = Read(new MemoryStream(bytes), "补贴.xlsx");

        Assert.Equal(SubsidyFileMessages.WorkbookTooLarge, result.Error);
        Assert.Equal("工作簿解压后内容过大，无法读取。请删除图片和其他工作表，或另存为“CSV”后重试。", result.Error);
    }

    [Theory]
    [InlineData(0, ImportLimits.MinUnpackedBytes)]
    [InlineData(20 * 1024, ImportLimits.MinUnpackedBytes)]
    [InlineData(1024 * 1024, 30 * 1024 * 1024)]
    [InlineData(7 * 1024 * 1024, ImportLimits.MaxUnpackedBytesAtMost)]
    [InlineData(SubsidyFileReader.MaxBytes, ImportLimits.MaxUnpackedBytesAtMost)]
    public void What_a_workbook_may_unpack_to_grows_with_its_size_between_one_and_64_megabytes(long packed, long limit)
    {
        Assert.Equal(limit, ImportLimits.MaxUnpackedBytes(packed));
        Assert.Equal(64_000_000, ImportLimits.MaxUnpackedBytesAtMost);
    }

    public static TheoryData<string, byte[]> DamagedWorkbooks => new()
    {
        { "cut off half-way", SubsidyImportTemplate.Xlsx()[..(SubsidyImportTemplate.Xlsx().Length / 2)] },
        { "its directory's entry count wrong", WithEntryCountMiscounted(SubsidyImportTemplate.Xlsx()) },
        { "its sheet's compressed data overwritten", WithSheetDataOverwritten(SubsidyImportTemplate.Xlsx()) },
        { "its sheet breaking off inside a row", HandMadeWorkbook(HeaderRow() + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>新街口") },
        { "its sheet breaking off after the row limit", HandMadeWorkbook(HeaderRow() + string.Concat(Enumerable.Range(2, 2000).Select(r => Row(r, [Text(0, r, "新街口")]))) + "<row><c") },
    };

    [Theory]
    [MemberData(nameof(DamagedWorkbooks))]
    public void A_damaged_workbook_is_refused_as_not_a_workbook(string what, byte[] bytes)
    {
        var result = Read(new MemoryStream(bytes), "补贴.xlsx");

        Assert.True(result.Error == SubsidyFileMessages.NotXlsx, $"{what}: {result.Error}");
    }

    [Fact]
    public void Csv_template_is_utf8_with_byte_order_mark_and_reads_back_to_the_example()
    {
        var bytes = SubsidyImportTemplate.Csv();

        Assert.Equal(Utf8Bom(Header + "\r\n" + ExampleLine + "\r\n"), bytes);
        Assert.Equal([ExampleRow], ReadOk(bytes, "模板.csv").Rows);
    }

    [Fact]
    public void Xlsx_template_reads_back_to_the_same_cells_as_the_csv_template()
    {
        var fromXlsx = ReadOk(SubsidyImportTemplate.Xlsx(), "模板.XLSX").Rows;
        var fromCsv = ReadOk(SubsidyImportTemplate.Csv(), "模板.csv").Rows;

        Assert.Equal([ExampleRow], fromXlsx);
        Assert.Equal(fromCsv, fromXlsx);
    }

    [Fact]
    public async Task ReadAsync_reads_a_stream_that_refuses_synchronous_reads()
    {
        using var stream = new AsyncOnlyStream(SubsidyImportTemplate.Xlsx());

        var result = await SubsidyFileReader.ReadAsync(stream, "模板.xlsx", TestContext.Current.CancellationToken);

        Assert.Null(result.Error);
        Assert.Equal([ExampleRow], result.Rows);
    }

    [Fact]
    public async Task ReadAsync_stops_reading_past_the_size_limit()
    {
        using var stream = new AsyncOnlyStream(new byte[SubsidyFileReader.MaxBytes * 3]);

        var result = await SubsidyFileReader.ReadAsync(stream, "补贴.csv", TestContext.Current.CancellationToken);

        Assert.Equal(SubsidyFileMessages.TooLarge(SubsidyFileReader.MaxBytes), result.Error);
        Assert.True(stream.Position <= SubsidyFileReader.MaxBytes + (128 * 1024), $"read {stream.Position} bytes");
    }

    /// <summary>A file in memory is read at once: the reader's task has completed when it returns.</summary>
    private static SubsidyFileReadResult Read(MemoryStream content, string fileName)
    {
        var reading = SubsidyFileReader.ReadAsync(content, fileName);
        Assert.True(reading.IsCompletedSuccessfully);
        return reading.Result;
    }

    private static SubsidyFileReadResult ReadOk(byte[] bytes, string fileName)
    {
        var result = Read(new MemoryStream(bytes), fileName);
        Assert.Null(result.Error);
        Assert.True(result.Succeeded);
        return result;
    }

    private static string Lines(params string[] lines) => string.Join("\r\n", lines) + "\r\n";

    private static byte[] Utf8Bom(string text) => Concat([0xEF, 0xBB, 0xBF], Encoding.UTF8.GetBytes(text));

    private static byte[] Concat(byte[] first, byte[] second) => [.. first, .. second];

    private static byte[] RandomBytes()
    {
        var bytes = new byte[4096];
        new Random(20211).NextBytes(bytes);
        bytes[0] = 0x13;
        return bytes;
    }

    private static string CsvWithDataRows(int count)
    {
        var text = new StringBuilder(Header).Append("\r\n");
        for (var i = 1; i <= count; i++)
            text.Append("新街口,2021,1,高龄津贴,").Append(i).Append(",100,20,\r\n");
        return text.ToString();
    }

    private static Dictionary<string, object?> WorkbookRow(
        object? street, object? year, object? month, object? subsidy, object? personTimes, object? lottery, object? matching, object? comment) =>
        new()
        {
            ["街道"] = street,
            ["年度"] = year,
            ["月份"] = month,
            ["补贴类型"] = subsidy,
            ["人次"] = personTimes,
            ["彩票公益金（元）"] = lottery,
            ["区财政配套（元）"] = matching,
            ["说明"] = comment,
        };

    private static byte[] MiniExcelWorkbook(IEnumerable<Dictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows);
        return stream.ToArray();
    }

    private static string HeaderRow() => Row(1, Header.Split(',').Select((h, i) => Text(i, 1, h)));

    /// <summary>The package with its end record counting one entry more than its directory lists.</summary>
    private static byte[] WithEntryCountMiscounted(byte[] package)
    {
        var bytes = package.ToArray();
        var end = bytes.AsSpan().LastIndexOf("PK\x05\x06"u8);
        BitConverter.TryWriteBytes(bytes.AsSpan(end + 8, 2), (ushort)(BitConverter.ToUInt16(bytes, end + 8) + 1));
        BitConverter.TryWriteBytes(bytes.AsSpan(end + 10, 2), (ushort)(BitConverter.ToUInt16(bytes, end + 10) + 1));
        return bytes;
    }

    /// <summary>The package with bytes amid its sheet's compressed data overwritten; its directory still lists every part.</summary>
    private static byte[] WithSheetDataOverwritten(byte[] package)
    {
        var bytes = package.ToArray();
        var name = "xl/worksheets/sheet1.xml"u8;
        for (var header = 0; header + 30 < bytes.Length; header++)
        {
            if (!bytes.AsSpan(header).StartsWith("PK\x03\x04"u8) || !bytes.AsSpan(header + 30).StartsWith(name))
                continue;
            var start = header + 30 + BitConverter.ToUInt16(bytes, header + 26) + BitConverter.ToUInt16(bytes, header + 28);
            var length = (int)BitConverter.ToUInt32(bytes, header + 18);
            bytes.AsSpan(start + (length / 3), 16).Fill(0xA5);
            return bytes;
        }
        throw new InvalidOperationException("The package has no sheet1.xml.");
    }

    private static string Row(int number, IEnumerable<string> cells) => $"<row r=\"{number}\">{string.Concat(cells)}</row>";

    private static string Text(int column, int row, string text) =>
        $"<c r=\"{(char)('A' + column)}{row}\" t=\"inlineStr\"><is><t>{text}</t></is></c>";

    private static string Number(int column, int row, string stored) => $"<c r=\"{(char)('A' + column)}{row}\"><v>{stored}</v></c>";

    /// <summary>The smallest package Excel opens: no styles, no shared strings, cells as Excel would store them.</summary>
    private static byte[] HandMadeWorkbook(string sheetData) => Zip(
        ("[Content_Types].xml",
            """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"""),
        ("_rels/.rels",
            """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""),
        ("xl/workbook.xml",
            """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="数据" sheetId="1" r:id="rId1"/></sheets></workbook>"""),
        ("xl/_rels/workbook.xml.rels",
            """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"""),
        ("xl/worksheets/sheet1.xml",
            """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""" + sheetData + "</sheetData></worksheet>"));

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var entry = archive.CreateEntry(name).Open();
                entry.Write(Encoding.UTF8.GetBytes(text));
            }
        }
        return stream.ToArray();
    }
}
