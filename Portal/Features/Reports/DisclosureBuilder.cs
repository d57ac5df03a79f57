using System.Globalization;
using Portal.Domain.Common;
using Portal.Domain.SocialAssistance;
using Portal.Infrastructure;

namespace Portal.Features.Reports;

/// <summary>
/// Every figure of a fund year, with its unit, as open data: the same figures the report prints
/// (<see cref="ReportFigures"/>), exact to the fen. An estimated lottery/matching split is left out
/// (docs/decisions/0003-estimates-stay-out-of-public-outputs.md).
/// </summary>
public static class DisclosureBuilder
{
    public const string Year = "年度资金";
    private const string WanYuan = "万元";

    public static Disclosure Build(ReportFigures figures, int? version, DateTime? publishedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var (district, year, statement) = (figures.District, figures.Year, figures.Statement);
        var list = new List<DisclosureFigure>();
        void Add(string item, string measure, string value, string unit) => list.Add(new DisclosureFigure(item, measure, value, unit));
        void Money(string item, string measure, Money amount) => Add(item, measure, amount.ToWanYuan(), WanYuan);
        string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        Money(Year, "收到", statement.Received);
        Money(Year, "上年结转", statement.CarriedIn);
        Money(Year, "已安排", statement.Arranged);
        Money(Year, "支出", statement.Spent);
        Money(Year, "结余结转", statement.CarriedOver);
        Money(Year, "调整至下一年度", statement.TransferredToNextYear);
        Money(Year, "尚未安排", statement.Unallocated);
        Add(Year, "支出统计截止日期", Day(figures.CutOff), "日期");
        Money("老年人津贴补贴", "资金额度", statement.ElderlyBlock);
        Money("老年人津贴补贴", "已发放彩票公益金", statement.ElderlyPaid);
        Money("因素法分配福彩公益金", "资金额度", statement.FactorBlock);
        Money("因素法分配福彩公益金", "已安排", statement.Allocated);
        Money("因素法分配福彩公益金", "支出", statement.ProjectSpent);

        foreach (var e in figures.Elderly)
        {
            Add(e.Type.Name, "发放人次", e.Amounts.PersonTimes.ToString(CultureInfo.InvariantCulture), "人次");
            Money(e.Type.Name, "发放金额", e.Amounts.Total);
            if (e.Amounts.SplitEstimated)
                continue;
            Money(e.Type.Name, "其中彩票公益金", e.Amounts.Lottery);
            Money(e.Type.Name, "其中区财政配套资金", e.Amounts.Matching);
        }

        var streets = district.Streets.ToDictionary(s => s.Id);
        var references = ReportNumbering.References(district, figures.Projects);
        foreach (var project in figures.Projects)
        {
            var name = references[project.Id] + project.Name;
            Node(name, project.Cycle, figures.ProjectAt(project), project.Status);
            foreach (var subproject in project.Subprojects.OrderBy(s => s.Order))
                Node($"{name}/{subproject.Order.ToString(CultureInfo.InvariantCulture)}、{subproject.Name}", subproject.Cycle, figures.SubprojectAt(project, subproject), subproject.Status);
            foreach (var share in project.Shares)
                Money($"{name}/{(share.SubprojectId is { } id ? project.FindSubproject(id)!.Name + "/" : string.Empty)}{streets[share.StreetId].FullName}", "分配金额", share.Amount);
            foreach (var indicator in project.Indicators)
            {
                var item = $"{name}/{indicator.Name}";
                Add(item, "目标值" + IndicatorText.Comparison(indicator.Comparison), Number(indicator.Target), indicator.Unit);
                if (indicator.Achieved is { } achieved)
                    Add(item, "完成值", Number(achieved), indicator.Unit);
            }
        }

        var published = publishedAtUtc is { } utc ? BeijingTime.Iso(utc) : null;
        return new Disclosure(Disclosure.CurrentSchema, year.Year, district.BureauName, version, published, list);

        void Node(string item, Cycle cycle, NodePosition atCutOff, ProjectStatus status)
        {
            Add(item, "项目周期开始", Day(cycle.Start), "日期");
            Add(item, "项目周期结束", Day(cycle.End), "日期");
            Money(item, "资金额度", atCutOff.Allocation);
            Money(item, "支出", atCutOff.Spent);
            Money(item, "结余结转", atCutOff.CarryOver);
            Add(item, "状态", ProjectStatusNames.Of(status), string.Empty);
        }
    }

    private static string Number(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
