using System.Globalization;
using System.Text;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Domain.SocialAssistance;

namespace Portal.Features.Reports;

/// <summary>
/// Writes the public report from the data: totals, sentences and numbering all come from the fund year,
/// so the report adds up and numbers itself ((一)…(十), subprojects 1、2、3).
/// </summary>
public static class AnnualReportBuilder
{
    public static AnnualReport Build(District district, FundYear year, IReadOnlyList<ElderlyTotal> elderly, SpentAtCutOff spent)
    {
        ArgumentNullException.ThrowIfNull(district);
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(elderly);
        ArgumentNullException.ThrowIfNull(spent);
        var blocks = new List<ReportBlock>();
        void Paragraph(string text) => blocks.Add(new ReportBlock(ReportBlockKind.Paragraph, text));
        var y = year.Year.ToString(CultureInfo.InvariantCulture);

        Paragraph($"{y} 年{district.BureauName}共收到市级彩票公益金 {W(year.Received)} 万元。其中：老年人津贴补贴 {W(year.ElderlyBlock)} 万元，因素法分配福彩公益金 {W(year.FactorBlock)} 万元。"
            + "按照《北京市福利彩票公益金项目管理办法》及《北京市福利彩票公益金使用管理信息公开办法》要求，现将具体的资金安排情况公开如下：");

        blocks.Add(new ReportBlock(ReportBlockKind.Part, "一、老年人津贴补贴项目安排情况"));
        if (year.ElderlyDescription is not null)
            Paragraph("项目主要内容：" + year.ElderlyDescription);
        Paragraph("项目周期：" + (year.ElderlyCycle ?? Cycle.OfYear(year.Year)).Label);
        Paragraph($"资金额度：{W(year.ElderlyBlock)} 万元");
        if (year.ElderlyOwners.Count > 0)
            Paragraph("项目负责人及联系方式：" + string.Join("、", year.ElderlyOwners.Select(o => $"{o.Name}{(o.ResponsibleFor is null ? string.Empty : $"（{o.ResponsibleFor}）")} {o.Phone}".Trim())));
        var completion = string.Join("；", elderly.OrderBy(e => e.Type.Order).Reverse().Select(e =>
            $"发放{e.Type.Name} {e.PersonTimes.ToString(CultureInfo.InvariantCulture)} 人次，资金 {W(e.Total)} 万元（其中区财政配套资金 {W(e.Matching)} 万元）"));
        Paragraph("项目完成情况及实际效果：" + (year.ElderlyOutcome is null ? string.Empty : year.ElderlyOutcome + " ") + $"全年{completion}。");

        var projects = year.Projects.OrderBy(p => p.Order).ToList();
        blocks.Add(new ReportBlock(ReportBlockKind.Part, "二、因素法分配福彩公益金安排情况"));
        Paragraph($"{y} 年收到因素法分配福彩公益金 {W(year.FactorBlock)} 万元，统筹用于{string.Join("、", projects.Select(p => p.Name))}等。");

        foreach (var (project, index) in projects.Select((p, i) => (p, i + 1)))
        {
            blocks.Add(new ReportBlock(ReportBlockKind.Section, ChineseNumber.Parenthesized(index) + project.Name));
            if (project.Subprojects.Count > 0)
            {
                Paragraph($"{project.Description} 资金额度 {W(project.Allocation)} 万元。具体情况如下：".TrimStart());
                foreach (var (subproject, number) in project.Subprojects.OrderBy(s => s.Order).Select((s, i) => (s, i + 1)))
                {
                    blocks.Add(new ReportBlock(ReportBlockKind.Subsection, $"{number.ToString(CultureInfo.InvariantCulture)}、{subproject.Name}"));
                    Describe(blocks, subproject.Description, subproject.Cycle, subproject.Allocation, subproject.Owner, subproject.OwnerPhone,
                        subproject.Outcome, subproject.Problems, subproject.CorrectiveMeasures, subproject.Lag, spent.OfSubproject(project.Id, subproject.Id),
                        project.Indicators.Where(i => i.SubprojectId == subproject.Id), Shares(project, subproject.Id, district), year.CutOffDate, []);
                }
            }
            else
            {
                Describe(blocks, project.Description, project.Cycle, project.Allocation, project.Owner, project.OwnerPhone,
                    project.Outcome, project.Problems, project.CorrectiveMeasures, project.Lag, spent.OfProject(project.Id),
                    project.Indicators.Where(i => i.SubprojectId is null), Shares(project, null, district), year.CutOffDate, Transfers(year, project));
            }
        }

        return new AnnualReport(year.Year, $"{district.BureauName} {y} 年市级彩票公益金使用管理情况报告", blocks);
    }

    private static void Describe(
        List<ReportBlock> blocks, string? description, Cycle cycle, Money allocation, string? owner, string? phone,
        string? outcome, string? problems, string? measures, LagExplanation? lag, Money spent, IEnumerable<PerformanceIndicator> indicators,
        string? shares, DateOnly cutOff, IReadOnlyList<string> transfers)
    {
        void Paragraph(string text) => blocks.Add(new ReportBlock(ReportBlockKind.Paragraph, text));
        if (description is not null)
            Paragraph("项目主要内容：" + description);
        Paragraph("项目周期：" + cycle.Label);
        Paragraph($"资金额度：{W(allocation)} 万元");
        Paragraph("项目负责人及联系方式：" + (owner is null ? "（未填写）" : $"{owner} {phone}".Trim()));
        var result = new StringBuilder(outcome ?? string.Empty);
        if (shares is not null)
            result.Append(result.Length > 0 ? " " : string.Empty).Append(shares);
        if (!spent.IsZero)
        {
            result.Append(result.Length > 0 ? " " : string.Empty)
                .Append(CultureInfo.InvariantCulture, $"截至 {cutOff.Year} 年 {cutOff.Month} 月 {cutOff.Day} 日，支出 {W(spent)} 万元，结余结转 {W(allocation - spent)} 万元。");
        }

        Paragraph("项目完成情况及实际效果：" + result);
        foreach (var transfer in transfers)
            Paragraph(transfer);
        var indicatorTexts = indicators.Select(i =>
            $"{i.Name}{IndicatorText.Comparison(i.Comparison)}{IndicatorText.Value(i.Target, i.Unit)}（完成 {(i.Achieved is { } a ? IndicatorText.Value(a, i.Unit) : "—")}）").ToList();
        if (indicatorTexts.Count > 0)
            Paragraph("绩效指标：" + string.Join("；", indicatorTexts) + "。");
        if (lag is not null)
            Paragraph($"进度滞后原因：{lag.Reason} 整改措施：{lag.CorrectiveMeasure}");
        if (problems is not null)
            Paragraph("存在问题：" + problems);
        if (measures is not null)
            Paragraph("整改措施：" + measures);
    }

    private static string? Shares(Project project, Guid? subprojectId, District district)
    {
        var shares = project.Shares.Where(s => s.SubprojectId == subprojectId).ToList();
        if (shares.Count == 0)
            return null;
        var streets = district.Streets.ToDictionary(s => s.Id);
        return "资金分配到街道：" + string.Join("，", shares.OrderBy(s => streets[s.StreetId].Order).Select(s => $"{streets[s.StreetId].FullName} {W(s.Amount)} 万元")) + "。";
    }

    private static List<string> Transfers(FundYear year, Project project) =>
        year.Transfers.Where(t => t.FromProjectId == project.Id || t.ToProjectId == project.Id).OrderBy(t => t.Date).Select(t =>
        {
            var date = t.Date.ToString("yyyy 年 M 月 d 日", CultureInfo.InvariantCulture);
            return t.FromProjectId == project.Id
                ? $"资金调整：{date}调出 {W(t.Amount)} 万元至{(t.ToProjectId is { } to ? year.FindProject(to)!.Name : "下一年度")}，原因：{t.Reason}"
                : $"资金调整：{date}自{year.FindProject(t.FromProjectId)!.Name}调入 {W(t.Amount)} 万元，原因：{t.Reason}";
        }).ToList();

    private static string W(Money amount) => amount.ToWanYuan();
}
