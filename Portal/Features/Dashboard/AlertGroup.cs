using System.Globalization;

namespace Portal.Features.Dashboard;

/// <summary>
/// One line of the dashboard's list of what needs action: a street's overdue, returned or flagged months
/// together (西长安街街道：逾期 10 个月（1–10 月）), or an alert that stands alone. <see cref="Items"/> are the
/// alerts it stands for, one per month, which the dashboard opens under the line.
/// </summary>
public sealed record AlertGroup(AlertKind Kind, string Text, string Link, IReadOnlyList<Alert> Items)
{
    public string? StreetCode => Items[0].StreetCode;

    public int Count => Items.Count;

    /// <summary>
    /// Groups the alerts about a street's months by kind and street, in the order the alerts come; every
    /// other alert is a group of its own with its own text and link.
    /// </summary>
    public static IReadOnlyList<AlertGroup> Of(IReadOnlyList<Alert> alerts, int year)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        return alerts
            .GroupBy(a => a.StreetCode is null || a.Month is null ? (a.Kind, Key: (object)a) : (a.Kind, Key: a.StreetCode))
            .Select(g => g.Count() == 1 && g.First().StreetCode is null ? Single(g.First()) : OfStreet(g.ToList(), year))
            .ToList();
    }

    /// <summary>Months as a short list of runs: 1–3、5、7–8 月.</summary>
    public static string MonthRuns(IEnumerable<int> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        var sorted = months.Distinct().Order().ToList();
        var runs = new List<string>();
        for (var i = 0; i < sorted.Count;)
        {
            var end = i;
            while (end + 1 < sorted.Count && sorted[end + 1] == sorted[end] + 1)
                end++;
            runs.Add(end == i
                ? sorted[i].ToString(CultureInfo.InvariantCulture)
                : string.Create(CultureInfo.InvariantCulture, $"{sorted[i]}–{sorted[end]}"));
            i = end + 1;
        }

        return string.Join("、", runs) + " 月";
    }

    private static AlertGroup Single(Alert alert) => new(alert.Kind, alert.Text, alert.Link, [alert]);

    private static AlertGroup OfStreet(List<Alert> items, int year)
    {
        var first = items[0];
        var months = MonthRuns(items.Select(a => a.Month!.Value));
        var (text, link) = first.Kind switch
        {
            AlertKind.OverdueMonth => ($"{first.Street}：逾期 {items.Count} 个月（{months}）", items.MinBy(a => a.Month)!.Link),
            AlertKind.ReturnedMonth => ($"{first.Street}：已退回 {items.Count} 个月（{months}），待街道更正",
                string.Create(CultureInfo.InvariantCulture, $"/elderly-subsidies/review?year={year}&street={first.StreetCode}&status=returned")),
            AlertKind.FlaggedEntry => ($"{first.Street}：人次均额超出发放标准 {items.Count} 条（{months}）", first.Link),
            _ => ($"{first.Street}：{AlertText.Label(first.Kind)} {items.Count} 条（{months}）", first.Link),
        };
        return new AlertGroup(first.Kind, text, link, items);
    }
}
