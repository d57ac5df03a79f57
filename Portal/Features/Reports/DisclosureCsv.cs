using System.Globalization;

namespace Portal.Features.Reports;

/// <summary>
/// The open data as CSV carries what the JSON carries beside its figures (schema, year, version, publish
/// time) as the first rows, in the same four columns, so a file saved on its own still says what it is.
/// </summary>
public static class DisclosureCsv
{
    public const string Item = "报告信息";

    public static IEnumerable<DisclosureFigure> Header(Disclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        yield return new DisclosureFigure(Item, "数据格式", disclosure.Schema, string.Empty);
        yield return new DisclosureFigure(Item, "发布单位", disclosure.Bureau, string.Empty);
        yield return new DisclosureFigure(Item, "年度", disclosure.Year.ToString(CultureInfo.InvariantCulture), "年");
        yield return new DisclosureFigure(Item, "版本", disclosure.Version?.ToString(CultureInfo.InvariantCulture) ?? "草稿", string.Empty);
        yield return new DisclosureFigure(Item, "发布时间", disclosure.PublishedAt ?? "未发布", "北京时间");
    }
}
