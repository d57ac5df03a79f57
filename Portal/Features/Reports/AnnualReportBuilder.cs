using System.Globalization;
using System.Text;
using Portal.Domain.Common;
using Portal.Domain.SocialAssistance;

namespace Portal.Features.Reports;

/// <summary>
/// Writes the public report from the data: totals, sentences and numbering all come from the fund year,
/// so the report adds up and numbers itself (一、二、, (一)…(十), subprojects 1、2、3; or, for a district that
/// groups its projects by area, areas (一)(二), their projects 1、2、 and subprojects (1)(2): <see cref="ReportNumbering"/>). It says each thing
/// once: a typed text that names a figure (by placeholder or in digits) is not followed by a sentence of the
/// builder's saying it again, and nothing empty (a label without text, a part without money) is printed.
/// Every amount is printed exactly as the portal holds it (docs/decisions/0002-report-prints-exact-figures.md).
/// </summary>
public static class AnnualReportBuilder
{
    public static AnnualReport Build(ReportFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var (district, year) = (figures.District, figures.Year);
        var blocks = new List<ReportBlock>();
        void Paragraph(string text) => blocks.Add(new ReportBlock(ReportBlockKind.Paragraph, text));
        var y = year.Year.ToString(CultureInfo.InvariantCulture);
        var statement = figures.Statement;
        var hasElderly = !year.ElderlyBlock.IsZero;
        var hasFactor = !year.FactorBlock.IsZero || !year.CarriedIn.IsZero || year.Projects.Count > 0;

        var parts = new List<string>();
        if (hasElderly)
            parts.Add($"老年人津贴补贴 {W(year.ElderlyBlock)} 万元");
        if (!year.FactorBlock.IsZero)
            parts.Add($"因素法分配福彩公益金 {W(year.FactorBlock)} 万元");
        Paragraph($"{y} 年{district.BureauName}共收到{district.FundName} {W(year.Received)} 万元。"
            + (parts.Count > 0 ? "其中：" + string.Join("，", parts) + "。" : string.Empty)
            + (year.CarriedIn.IsZero ? string.Empty : $"上年结转资金 {W(year.CarriedIn)} 万元，本年收到 {W(year.Received)} 万元，共 {W(statement.Available)} 万元。")
            + Cited(district) + "现将具体的资金安排情况公开如下：");
        Paragraph(YearTotals(figures));

        var partNumber = 0;
        if (hasElderly)
        {
            blocks.Add(new ReportBlock(ReportBlockKind.Part, $"{ChineseNumber.Of(++partNumber)}、老年人津贴补贴项目安排情况"));
            if (year.ElderlyDescription is { } description)
                Paragraph("项目主要内容：" + description);
            Paragraph("项目周期：" + (year.ElderlyCycle ?? Cycle.OfYear(year.Year)).Label);
            Paragraph($"资金额度：{W(year.ElderlyBlock)} 万元");
            if (year.ElderlyOwners.Count > 0)
                Paragraph("项目负责人及联系方式：" + string.Join("、", year.ElderlyOwners.Select(o => $"{o.Name}{(o.ResponsibleFor is null ? string.Empty : $"（{o.ResponsibleFor}）")} {o.Phone}".Trim())));
            Labelled(blocks, "项目完成情况及实际效果：", ElderlyOutcome(figures));
        }

        if (!hasFactor)
            return new AnnualReport(year.Year, Title(district, y), blocks);

        var projects = figures.Projects.ToList();
        blocks.Add(new ReportBlock(ReportBlockKind.Part, $"{ChineseNumber.Of(++partNumber)}、因素法分配福彩公益金安排情况"));
        var carriedIn = year.CarriedIn.IsZero ? string.Empty : $"，加上年结转资金 {W(year.CarriedIn)} 万元，共 {W(year.FactorBlock + year.CarriedIn)} 万元";
        Paragraph($"{y} 年收到因素法分配福彩公益金 {W(year.FactorBlock)} 万元{carriedIn}" + (projects.Count == 0 ? "。" : $"，统筹用于{Listed(projects.Select(p => p.Name))}。"));

        // Projects are sections (（一）) in one run; grouped by area, the areas are, and their projects are subsections (1、).
        foreach (var group in ReportNumbering.Of(district, projects))
        {
            if (group.Heading is { } heading)
                blocks.Add(new ReportBlock(ReportBlockKind.Section, heading));
            foreach (var numbered in group.Projects)
            {
                var project = numbered.Project;
                blocks.Add(new ReportBlock(numbered.Grouped ? ReportBlockKind.Subsection : ReportBlockKind.Section, numbered.Number + project.Name));
                var position = figures.ProjectAt(project);
                var values = ReportFigures.Values(position);
                if (project.Subprojects.Count > 0)
                {
                    var description = project.Description is { } text ? Narrative.Fill(text, values) : string.Empty;
                    var allocation = Narrative.Mentions(project.Description, Narrative.Allocation) ? string.Empty : $"资金额度 {W(position.Allocation)} 万元。";
                    Paragraph(Joined(description, allocation + "具体情况如下："));
                    foreach (var (subproject, number) in project.Subprojects.OrderBy(s => s.Order).Select((s, i) => (s, i + 1)))
                    {
                        blocks.Add(new ReportBlock(ReportBlockKind.Subsection, numbered.SubprojectNumber(number) + subproject.Name));
                        Describe(blocks, new NodeText(subproject.Description, subproject.Cycle, subproject.Owner, subproject.OwnerPhone, subproject.Outcome, subproject.Problems, subproject.CorrectiveMeasures, subproject.Lag),
                            figures.SubprojectAt(project, subproject), project.Indicators.Where(i => i.SubprojectId == subproject.Id), Shares(project, subproject.Id, district), figures.CutOff, []);
                    }

                    foreach (var transfer in Transfers(year, project))
                        Paragraph(transfer);
                }
                else
                {
                    Describe(blocks, new NodeText(project.Description, project.Cycle, project.Owner, project.OwnerPhone, project.Outcome, project.Problems, project.CorrectiveMeasures, project.Lag),
                        position, project.Indicators.Where(i => i.SubprojectId is null), Shares(project, null, district), figures.CutOff, Transfers(year, project));
                }
            }
        }

        return new AnnualReport(year.Year, Title(district, y), blocks);
    }

    private static string Title(District district, string year) => $"{district.BureauName} {year} 年{district.FundName}使用管理情况报告";

    /// <summary>按照《…》、《…》及《…》要求，: the regulations the district cites, in its order; nothing when it cites none.</summary>
    private static string Cited(District district)
    {
        var titles = district.Regulations.OrderBy(r => r.Order).Select(r => $"《{r.Title}》").ToList();
        return titles.Count switch
        {
            0 => string.Empty,
            1 => $"按照{titles[0]}要求，",
            _ => $"按照{string.Join("、", titles.Take(titles.Count - 1))}及{titles[^1]}要求，",
        };
    }

    /// <summary>The year at its cut-off: arranged, spent and carried over, and what is still to arrange.</summary>
    private static string YearTotals(ReportFigures figures)
    {
        var s = figures.Statement;
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"截至 {Day(figures.CutOff)}，上述资金已安排 {W(s.Arranged)} 万元，支出 {W(s.Spent)} 万元，结余结转 {W(s.CarriedOver)} 万元");
        if (!s.TransferredToNextYear.IsZero)
            text.Append(CultureInfo.InvariantCulture, $"（其中调整至下一年度 {W(s.TransferredToNextYear)} 万元）");
        if (!s.Unallocated.IsZero)
            text.Append(CultureInfo.InvariantCulture, $"，尚未安排 {W(s.Unallocated)} 万元");
        if (!s.ElderlyLeft.IsZero)
            text.Append(CultureInfo.InvariantCulture, $"，老年人津贴补贴资金尚余 {W(s.ElderlyLeft)} 万元");
        return text.Append('。').ToString();
    }

    /// <summary>
    /// The elderly programme's outcome as typed (placeholders filled), then what each subsidy paid, unless the
    /// text already states it. "全年" only when every street month of the year counts.
    /// </summary>
    private static string ElderlyOutcome(ReportFigures figures)
    {
        var typed = figures.Year.ElderlyOutcome is { } outcome ? Narrative.Fill(outcome, figures.ElderlyValues()) : string.Empty;
        var statesFigures = figures.Year.ElderlyOutcome is { } text
            && (Narrative.PlaceholdersIn(text).Any(p => figures.ElderlyValues().ContainsKey(p)) || Narrative.TypedPersonTimes(text).Count > 0);
        var paid = figures.Elderly.Where(e => e.Amounts.PersonTimes != 0 || !e.Amounts.Total.IsZero).OrderByDescending(e => e.Type.Order).ToList();
        if (statesFigures || paid.Count == 0)
            return typed;
        var sentences = paid.Select(e =>
            $"发放{e.Type.Name} {e.Amounts.PersonTimes.ToString(CultureInfo.InvariantCulture)} 人次，资金 {W(e.Amounts.Total)} 万元"
            + (e.Amounts.SplitEstimated ? "（含区财政配套资金）" : $"（其中区财政配套资金 {W(e.Amounts.Matching)} 万元）"));
        var lead = figures.Months.WholeYearCounted ? "全年" : "已报送的街道月报合计";
        return Joined(typed, lead + string.Join("；", sentences) + "。");
    }

    private sealed record NodeText(string? Description, Cycle Cycle, string? Owner, string? Phone, string? Outcome, string? Problems, string? Measures, LagExplanation? Lag);

    private static void Describe(
        List<ReportBlock> blocks, NodeText node, NodePosition position, IEnumerable<PerformanceIndicator> indicators, Shared? shares, DateOnly cutOff, IReadOnlyList<string> transfers)
    {
        void Paragraph(string text) => blocks.Add(new ReportBlock(ReportBlockKind.Paragraph, text));
        var values = ReportFigures.Values(position);
        string Fill(string text) => Narrative.Fill(text, values);
        if (node.Description is { } description)
            Paragraph("项目主要内容：" + Fill(description));
        Paragraph("项目周期：" + node.Cycle.Label);
        Paragraph($"资金额度：{W(position.Allocation)} 万元");
        if (node.Owner is not null)
            Paragraph("项目负责人及联系方式：" + $"{node.Owner} {node.Phone}".Trim());

        var outcome = node.Outcome is { } typed ? Fill(typed) : string.Empty;
        if (shares is not null && !shares.NamedIn(node.Outcome))
            outcome = Joined(outcome, shares.Sentence);
        var spendingNamed = Narrative.Mentions(node.Outcome, Narrative.Spent) || Narrative.Mentions(node.Outcome, Narrative.CarryOver);
        if (!position.Spent.IsZero && !spendingNamed)
            outcome = Joined(outcome, $"截至 {Day(cutOff)}，支出 {W(position.Spent)} 万元，结余结转 {W(position.CarryOver)} 万元。");
        Labelled(blocks, "项目完成情况及实际效果：", outcome);

        foreach (var transfer in transfers)
            Paragraph(transfer);
        var indicatorTexts = indicators.Select(i =>
            $"{i.Name}：{IndicatorText.Comparison(i.Comparison)}{IndicatorText.Value(i.Target, i.Unit)}{(i.Achieved is { } a ? $"（完成 {IndicatorText.Value(a, i.Unit)}）" : string.Empty)}").ToList();
        if (indicatorTexts.Count > 0)
            Paragraph("绩效指标：" + string.Join("；", indicatorTexts) + "。");
        if (node.Lag is { } lag)
            Paragraph($"进度滞后原因：{Fill(lag.Reason)} 整改措施：{Fill(lag.CorrectiveMeasure)}");
        if (node.Problems is { } problems)
            Paragraph("存在问题：" + Fill(problems));
        if (node.Measures is { } measures)
            Paragraph("整改措施：" + Fill(measures));
    }

    /// <summary>A labelled paragraph, left out when there is nothing to say after the label.</summary>
    private static void Labelled(List<ReportBlock> blocks, string label, string text)
    {
        if (!string.IsNullOrWhiteSpace(text))
            blocks.Add(new ReportBlock(ReportBlockKind.Paragraph, label + text));
    }

    /// <summary>The street shares of a (sub)project, as one sentence.</summary>
    private sealed record Shared(IReadOnlyList<string> Streets, string Sentence)
    {
        /// <summary>A text that names every street of the shares already says where the money went.</summary>
        public bool NamedIn(string? text) => text is not null && Streets.All(s => text.Contains(s, StringComparison.Ordinal));
    }

    private static Shared? Shares(Project project, Guid? subprojectId, District district)
    {
        var streets = district.Streets.ToDictionary(s => s.Id);
        var shares = project.Shares.Where(s => s.SubprojectId == subprojectId).OrderBy(s => streets[s.StreetId].Order).ToList();
        if (shares.Count == 0)
            return null;
        return new Shared(
            shares.Select(s => streets[s.StreetId].Name).ToList(),
            "资金分配到街道：" + string.Join("，", shares.Select(s => $"{streets[s.StreetId].FullName} {W(s.Amount)} 万元")) + "。");
    }

    private static List<string> Transfers(FundYear year, Project project) =>
        year.Transfers.Where(t => t.FromProjectId == project.Id || t.ToProjectId == project.Id).OrderBy(t => t.Date).Select(t =>
        {
            var date = Day(t.Date);
            return t.FromProjectId == project.Id
                ? $"资金调整：{date}调出 {W(t.Amount)} 万元至{(t.ToProjectId is { } to ? year.FindProject(to)!.Name : "下一年度")}，原因：{t.Reason}"
                : $"资金调整：{date}自{year.FindProject(t.FromProjectId)!.Name}调入 {W(t.Amount)} 万元，原因：{t.Reason}";
        }).ToList();

    /// <summary>A、B和C.</summary>
    private static string Listed(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count == 1 ? list[0] : string.Join("、", list.Take(list.Count - 1)) + "和" + list[^1];
    }

    private static string Joined(string first, string second) =>
        first.Length == 0 ? second : second.Length == 0 ? first : first + " " + second;

    private static string Day(DateOnly date) => date.ToString("yyyy 年 M 月 d 日", CultureInfo.InvariantCulture);

    private static string W(Money amount) => amount.ToWanYuan();
}
