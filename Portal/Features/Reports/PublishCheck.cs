using System.Globalization;
using Portal.Domain.Common;
using Portal.Domain.SocialAssistance;

namespace Portal.Features.Reports;

/// <summary>How much a finding of the check before publishing holds the report back.</summary>
public enum ProblemSeverity
{
    /// <summary>The report would contradict its own data: it cannot be published until it is fixed.</summary>
    Error,

    /// <summary>Something is missing or late: a manager may publish over it only by recording a reason.</summary>
    Warning,
}

/// <summary>One finding of the check before publishing.</summary>
public sealed record PublishProblem(ProblemSeverity Severity, string Text);

/// <summary>
/// The check before publishing, from the same figures the report is written from: a narrative figure that
/// disagrees with the data or a placeholder nobody fills is an error; missing or unreviewed street months,
/// an empty field the report needs, an unexplained lag, unarranged money and every 更正 of spending since the
/// latest published version are warnings.
/// </summary>
public static class PublishCheck
{
    public static IReadOnlyList<PublishProblem> Of(ReportFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var problems = new List<PublishProblem>();
        void Error(string text) => problems.Add(new PublishProblem(ProblemSeverity.Error, text));
        void Warning(string text) => problems.Add(new PublishProblem(ProblemSeverity.Warning, text));
        var year = figures.Year;

        if (!year.ElderlyBlock.IsZero)
        {
            const string elderly = "一、老年人津贴补贴";
            CheckElderlyText(figures, elderly, Error);
            if (year.ElderlyDescription is null)
                Warning($"{elderly}：没有填写项目主要内容。");
            if (year.ElderlyOwners.Count == 0)
                Warning($"{elderly}：没有填写项目负责人及联系方式。");
            if (year.ElderlyOutcome is null)
                Warning($"{elderly}：没有填写项目完成情况及实际效果。");
        }

        // Street months are expected only where the year has elderly money to pay out month by month.
        var months = figures.Months;
        if (!year.ElderlyBlock.IsZero && !months.AnnualOnly && months.Approved < months.Due)
        {
            var submitted = months.Submitted > 0 ? $"，另有 {Count(months.Submitted)} 个已提交待审核" : string.Empty;
            Warning($"街道月报：应报 {Count(months.Due)} 个街道月份，已审核 {Count(months.Approved)} / {Count(months.Due)} 个{submitted}，{Count(months.Due - months.Approved - months.Submitted)} 个未报送或已退回。");
        }

        var references = ReportNumbering.References(figures.District, figures.Projects);
        foreach (var project in figures.Projects)
        {
            var number = references[project.Id] + project.Name;
            var values = ReportFigures.Values(figures.ProjectAt(project));
            CheckText(number, values, Error, project.Description, project.Outcome, project.Problems, project.CorrectiveMeasures, project.Lag?.Reason, project.Lag?.CorrectiveMeasure);
            // A project with subprojects reports its outcome per subproject.
            RequiredFields(number, project.Description, project.Owner, project.OwnerPhone, project.Subprojects.Count > 0 || project.Outcome is not null, Warning);
            if (figures.ProjectSchedule(project) is { NeedsReason: true } lagging && project.Lag is null)
                Warning($"{number}：截至 {Day(lagging.JudgedOn)} 执行进度滞后，尚未说明原因和整改措施。");
            foreach (var subproject in project.Subprojects.OrderBy(s => s.Order))
            {
                var name = $"{number} / {subproject.Name}";
                CheckText(name, ReportFigures.Values(figures.SubprojectAt(project, subproject)), Error,
                    subproject.Description, subproject.Outcome, subproject.Problems, subproject.CorrectiveMeasures, subproject.Lag?.Reason, subproject.Lag?.CorrectiveMeasure);
                RequiredFields(name, subproject.Description, subproject.Owner, subproject.OwnerPhone, subproject.Outcome is not null, Warning);
                if (figures.SubprojectSchedule(project, subproject) is { NeedsReason: true } subLagging && subproject.Lag is null)
                    Warning($"{name}：截至 {Day(subLagging.JudgedOn)} 执行进度滞后，尚未说明原因和整改措施。");
            }
        }

        // A published year's figures change only by 更正: each is named here, so the next version says what changed and why.
        foreach (var amendment in figures.Amendments)
        {
            var project = year.FindProject(amendment.ProjectId)!;
            var number = references[project.Id] + project.Name;
            var kind = amendment.IsReversal ? "冲销" : amendment.CorrectionOfId is null ? "补登支出" : "更正支出";
            Warning($"第 {Count(amendment.AmendsEdition!.Value)} 版发布后的更正：{number} {Day(amendment.Date)} {kind} {amendment.Amount.ToWanYuan()} 万元（原因：{amendment.Reason}）。");
        }

        if (!year.Unallocated.IsZero)
            Warning($"因素法分配资金{(year.CarriedIn.IsZero ? string.Empty : "和上年结转资金")}尚有 {year.Unallocated.ToWanYuan()} 万元未安排到项目。");
        return problems;
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    private static void RequiredFields(string name, string? description, string? owner, string? phone, bool hasOutcome, Action<string> warning)
    {
        var missing = new List<string>();
        if (description is null)
            missing.Add("项目主要内容");
        if (owner is null)
            missing.Add("项目负责人");
        if (phone is null)
            missing.Add("联系方式");
        if (!hasOutcome)
            missing.Add("项目完成情况及实际效果");
        if (missing.Count > 0)
            warning($"{name}：没有填写{string.Join("、", missing)}。");
    }

    /// <summary>Placeholders the report cannot fill, and figures typed in digits that disagree with the data.</summary>
    private static void CheckText(string name, IReadOnlyDictionary<string, string> values, Action<string> error, params string?[] texts)
    {
        foreach (var text in texts.OfType<string>())
        {
            foreach (var unknown in Narrative.PlaceholdersIn(text).Where(p => !values.ContainsKey(p)))
                error($"{name}：说明中的占位符 {Narrative.Placeholder(unknown)} 无法填写，可用的有 {string.Join("、", values.Keys.Select(Narrative.Placeholder))}。");
            foreach (var typed in Narrative.TypedFigures(text))
            {
                var actual = values[typed.Figure!];
                if (typed.Value?.ToWanYuan() != actual)
                    error($"{name}：说明中写的“{typed.Figure} {typed.Text} 万元”与数据 {actual} 万元不符，请改为占位符 {Narrative.Placeholder(typed.Figure!)}，由报告按数据填写。");
            }
        }
    }

    /// <summary>The elderly programme's text: its placeholders, and every 人次 and 万元 it types must be a figure of the data.</summary>
    private static void CheckElderlyText(ReportFigures figures, string name, Action<string> error)
    {
        var values = figures.ElderlyValues();
        var hint = string.Join("、", values.Keys.Select(Narrative.Placeholder));
        foreach (var text in new[] { figures.Year.ElderlyDescription, figures.Year.ElderlyOutcome }.OfType<string>())
        {
            foreach (var unknown in Narrative.PlaceholdersIn(text).Where(p => !values.ContainsKey(p)))
                error($"{name}：说明中的占位符 {Narrative.Placeholder(unknown)} 无法填写，可用的有 {hint}。");
            var personTimes = figures.Elderly.Select(e => e.Amounts.PersonTimes).ToHashSet();
            foreach (var (typed, value) in Narrative.TypedPersonTimes(text).Where(t => t.Value is null || !personTimes.Contains(t.Value.Value)))
                error($"{name}：说明中写的“{typed} 人次”与任何一项补贴的数据都不符，请改用占位符（{hint}）。");
            var amounts = figures.Elderly.SelectMany(e => new[] { e.Amounts.Total, e.Amounts.Lottery, e.Amounts.Matching }).Append(figures.Year.ElderlyBlock).ToHashSet();
            foreach (var typed in Narrative.TypedAmounts(text).Where(t => t.Value is null || !amounts.Contains(t.Value.Value)))
                error($"{name}：说明中写的“{typed.Text} 万元”与数据不符，请改用占位符（{hint}）。");
        }
    }
}
