using Portal.Domain.Common;
using Portal.Domain.SocialAssistance;

namespace Portal.Features.SocialAssistance;

/// <summary>Builds the project page's view from the fund year aggregate.</summary>
internal static class ProjectViews
{
    public static ProjectDetailView Detail(FundYear year, Project project, District district, DateOnly asOf, bool canEdit)
    {
        var streets = district.Streets.ToDictionary(s => s.Id);
        var subprojectNames = project.Subprojects.ToDictionary(s => s.Id, s => s.Name);
        string? NameOf(Guid? subprojectId) => subprojectId is { } id ? subprojectNames[id] : null;
        var projectNames = year.Projects.ToDictionary(p => p.Id, p => $"{ChineseNumber.Parenthesized(p.Order)} {p.Name}");

        var subprojects = project.Subprojects.OrderBy(s => s.Order).Select(s =>
        {
            var ledger = project.SubprojectLedger(s.Id);
            return new SubprojectView(
                s.Id,
                s.Order.ToString(System.Globalization.CultureInfo.InvariantCulture),
                FormOf(s.Name, s.Description, s.Cycle, s.Allocation, s.Owner, s.OwnerPhone, s.Status, project.Area, s.Outcome, s.Problems, s.CorrectiveMeasures),
                s.Cycle.Label,
                ProjectStatusNames.Of(s.Status),
                project.SubprojectBudget(s.Id),
                ledger.At(asOf),
                ledger.Schedule(s.Cycle, s.Status, asOf),
                s.Lag);
        }).ToList();

        var shares = project.Shares
            .OrderBy(s => s.SubprojectId is { } id ? project.FindSubproject(id)!.Order : 0).ThenBy(s => streets[s.StreetId].Order)
            .Select(s => new ShareView(s.Id, s.SubprojectId, NameOf(s.SubprojectId), streets[s.StreetId].FullName, s.Amount, project.ShareLedger(s.Id).At(asOf), s.Purpose))
            .ToList();

        var spendings = SpendingList.Of(project, streets);

        var indicators = project.Indicators.Select(i => new IndicatorView(
            i.Id,
            i.SubprojectId,
            NameOf(i.SubprojectId),
            IndicatorText.Category(i.Category),
            i.Name,
            IndicatorText.Comparison(i.Comparison) + IndicatorText.Value(i.Target, i.Unit),
            i.Achieved is { } achieved ? IndicatorText.Value(achieved, i.Unit) : "—",
            i.IsMet,
            new IndicatorForm(i.Category, i.Name, i.Unit, i.Comparison, Number(i.Target), i.Achieved is { } a ? Number(a) : null))).ToList();

        var transfers = year.Transfers
            .Where(t => t.FromProjectId == project.Id || t.ToProjectId == project.Id)
            .OrderBy(t => t.Date)
            .Select(t => t.FromProjectId == project.Id
                ? new TransferView(t.Date, "调出", t.ToProjectId is { } to ? projectNames[to] : "下一年度", t.Amount, t.Reason)
                : new TransferView(t.Date, "调入", projectNames[t.FromProjectId], t.Amount, t.Reason))
            .ToList();

        var ledger = year.LedgerOf(project);
        return new ProjectDetailView(
            project.Id,
            project.Version,
            year.Year,
            project.Order,
            ChineseNumber.Parenthesized(project.Order),
            FormOf(project.Name, project.Description, project.Cycle, project.Allocation, project.Owner, project.OwnerPhone, project.Status, project.Area, project.Outcome, project.Problems, project.CorrectiveMeasures),
            project.Cycle.Label,
            ProjectStatusNames.Of(project.Status),
            year.CutOffDate,
            asOf,
            project.Budget(),
            ledger.At(asOf),
            ledger.At(year.CutOffDate),
            ledger.Schedule(project.Cycle, project.Status, asOf),
            project.Lag,
            year.Unallocated,
            subprojects,
            shares,
            spendings,
            indicators,
            transfers,
            district.Streets.OrderBy(s => s.Order).Select(s => new Choice(s.Code, s.FullName)).ToList(),
            year.Projects.Count,
            year.Projects.Where(p => p.Id != project.Id).OrderBy(p => p.Order).Select(p => new Choice(p.Id.ToString(), projectNames[p.Id])).ToList(),
            canEdit,
            year.PublishedEdition);
    }

    private static string Number(decimal value) => value.ToString("0.############", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The values a form starts with: the stored ones, written as a user would type them.</summary>
    public static ProjectForm FormOf(
        string name, string? description, Cycle cycle, Money allocation, string? owner, string? phone, ProjectStatus status, ProjectArea area, string? outcome, string? problems, string? measures) =>
        new(name, description, ProjectFormReader.KindName(cycle.Kind), cycle.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            cycle.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), allocation.ToWanYuan(), owner, phone, status, area, outcome, problems, measures);
}
