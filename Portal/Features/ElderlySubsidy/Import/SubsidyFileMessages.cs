using System.Globalization;

namespace Portal.Features.ElderlySubsidy.Import;

/// <summary>What the user reads when an import file cannot be read, kept in one place.</summary>
public static class SubsidyFileMessages
{
    public const string UnsupportedType = "只能导入 CSV 或 XLSX 文件（Excel 另存为“CSV”或“Excel 工作簿”）。";
    public const string Empty = "文件是空的。";
    public const string NotXlsx = "文件不是有效的 Excel 工作簿（.xlsx），请在 Excel 中另存为“Excel 工作簿”后重试。";
    public const string OldOrProtectedWorkbook =
        "文件是旧版 Excel 97-2003 工作簿（.xls）或设置了打开密码的工作簿，无法读取。请去掉密码，在 Excel 中另存为“Excel 工作簿”（.xlsx）后重试。";
    public const string WorkbookTooLarge = "工作簿解压后内容过大，无法读取。请删除图片和其他工作表，或另存为“CSV”后重试。";
    public const string SheetEmpty = "工作簿的第一个工作表是空的，请把数据放在第一个工作表中。";
    public const string NotCsv = "文件不是 CSV 文本文件，请在 Excel 中另存为“CSV（逗号分隔）”后重试。";
    public const string NoDataRows = "文件中只有表头，没有数据行。";

    public static string TooLarge(int maxBytes) =>
        string.Create(CultureInfo.InvariantCulture, $"文件超过 {maxBytes / (1024 * 1024)} MB，请分成几个文件分别导入。");

    public static string TooManyRows(int maxRows) =>
        string.Create(CultureInfo.InvariantCulture, $"数据行数超过 {maxRows} 行，请分成几个文件分别导入。");

    public static string MissingColumns(int headerRow, IEnumerable<string> columns) =>
        string.Create(CultureInfo.InvariantCulture, $"表头（第 {headerRow} 行）缺少以下列：{string.Join("、", columns)}。请使用导入模板中的表头。");

    public static string DuplicateColumn(int headerRow, string column) =>
        string.Create(CultureInfo.InvariantCulture, $"表头（第 {headerRow} 行）中“{column}”列出现了不止一次，请只保留一列。");

    public static string UnterminatedQuote(int row) =>
        string.Create(CultureInfo.InvariantCulture, $"第 {row} 行的双引号没有配对，引号后的内容一直延续到文件末尾。请检查该行是否少了一个双引号（\"）。");

    public static string TextAfterQuote(int row) =>
        string.Create(CultureInfo.InvariantCulture, $"第 {row} 行有单元格在右双引号之后还有内容。请把整个单元格放在一对双引号中，单元格中的双引号写作两个（\"\"）。");
}
