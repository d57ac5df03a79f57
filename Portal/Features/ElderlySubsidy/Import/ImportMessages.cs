using System.Globalization;

namespace Portal.Features.ElderlySubsidy.Import;

public static class ImportMessages
{
    public const string OwnStreetOnly = "只能导入本街道的数据。";
    public const string YearInvalid = "请填写年度，例如 2021。";
    public const string MonthInvalid = "月份须为 1 至 12 的整数。";
    public const string Locked = "该月已提交或已审核，不能用导入覆盖；如需更正请先由区民政局退回或解锁。";
    public const string BusyForUser = "您已有一个导入正在进行（预览或导入），请等它完成后再上传。";
    public const string BusyOverall = "服务器正在处理其他用户的导入，请几分钟后再试。";
    public const string NothingImported = "文件有错误，没有导入任何数据。请按提示更正后重新上传。";

    public static string UnknownStreet(string? text) => $"没有名为“{text}”的街道。";

    public static string UnknownSubsidy(string? text) => $"没有名为“{text}”的补贴类型（可填“高龄津贴”或“失能老年人护理补贴”）。";

    public static string YearMissing(int year) => string.Create(CultureInfo.InvariantCulture, $"{year} 年的资金年度尚未建立。");

    public static string Duplicate(int firstRow) => string.Create(CultureInfo.InvariantCulture, $"与第 {firstRow} 行是同一街道、同一月份、同一补贴，请合并为一行。");

    public static string Imported(int rows, int months) => string.Create(CultureInfo.InvariantCulture, $"已导入 {rows} 行，涉及 {months} 个街道月份，均保存为草稿，请核对后提交审核。");
}
