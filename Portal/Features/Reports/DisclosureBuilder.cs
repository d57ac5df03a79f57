using System.Globalization;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Domain.SocialAssistance;

namespace Portal.Features.Reports;

/// <summary>Every figure of a fund year, with its unit, as open data.</summary>
public static class DisclosureBuilder
{
    private const string WanYuan = "万元";

    public static Disclosure Build(District district, FundYear year, IReadOnlyList<ElderlyTotal> elderly, SpentAtCutOff spent)
    {
        ArgumentNullException.ThrowIfNull(district);
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(elderly);
        ArgumentNullException.ThrowIfNull(spent);
        var figures = new List<DisclosureFigure>();
        void Add(string item, string measure, string value, string unit) => figures.Add(new DisclosureFigure(item, measure, value, unit));
        void Money(string item, string measure, Money amount) => Add(item, measure, amount.ToWanYuan(), WanYuan);

        Money("市级彩票公益金", "收到", year.Received);
        Money("老年人津贴补贴", "资金额度", year.ElderlyBlock);
        Money("因素法分配福彩公益金", "资金额度", year.FactorBlock);
        Money("因素法分配福彩公益金", "已安排", year.Allocated);
        Money("因素法分配福彩公益金", "调整至下一年度", year.TransferredToNextYear);
        Money("因素法分配福彩公益金", "尚未安排", year.Unallocated);

        foreach (var e in elderly.OrderBy(e => e.Type.Order))
        {
            Add(e.Type.Name, "发放人次", e.PersonTimes.ToString(CultureInfo.InvariantCulture), "人次");
            Money(e.Type.Name, "发放金额", e.Total);
            Money(e.Type.Name, "其中彩票公益金", e.Lottery);
            Money(e.Type.Name, "其中区财政配套资金", e.Matching);
        }

        var streets = district.Streets.ToDictionary(s => s.Id);
        foreach (var project in year.Projects.OrderBy(p => p.Order))
        {
            var name = $"{ChineseNumber.Parenthesized(project.Order)}{project.Name}";
            Project(name, project.Cycle, project.Allocation, spent.OfProject(project.Id), project.Status);
            foreach (var subproject in project.Subprojects.OrderBy(s => s.Order))
                Project($"{name}/{subproject.Order.ToString(CultureInfo.InvariantCulture)}、{subproject.Name}", subproject.Cycle, subproject.Allocation, spent.OfSubproject(project.Id, subproject.Id), subproject.Status);
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

        return new Disclosure(year.Year, district.BureauName, figures);

        void Project(string item, Cycle cycle, Money allocation, Money spentByCutOff, ProjectStatus status)
        {
            Add(item, "项目周期开始", cycle.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "日期");
            Add(item, "项目周期结束", cycle.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "日期");
            Money(item, "资金额度", allocation);
            Money(item, "支出", spentByCutOff);
            Money(item, "结余结转", allocation - spentByCutOff);
            Add(item, "状态", ProjectStatusNames.Of(status), string.Empty);
        }
    }

    private static string Number(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
