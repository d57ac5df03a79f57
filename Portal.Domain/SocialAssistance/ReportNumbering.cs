using System.Globalization;
using Portal.Domain.Common;

namespace Portal.Domain.SocialAssistance;

/// <summary>
/// How the public report numbers the factor block's projects, from the data: one run （一）（二）… in the
/// year's order; or, when the district groups its report by area (<see cref="District.GroupProjectsByArea"/>),
/// its areas （一）（二）… in the district's order, each numbering its projects 1、2、… in the year's order.
/// The report, its check before publishing and its open data all name a project by this one numbering.
/// </summary>
public static class ReportNumbering
{
    public static IReadOnlyList<ReportProjectGroup> Of(District district, IEnumerable<Project> projects)
    {
        ArgumentNullException.ThrowIfNull(district);
        ArgumentNullException.ThrowIfNull(projects);
        var ordered = projects.OrderBy(p => p.Order).ToList();
        if (!district.GroupProjectsByArea)
        {
            return [new ReportProjectGroup(null, ordered.Select((p, i) => new NumberedProject(p, ChineseNumber.Parenthesized(i + 1), ChineseNumber.Parenthesized(i + 1), Grouped: false)).ToList())];
        }

        // An area the district no longer lists still prints, after the listed ones, under its code.
        var places = district.ProjectAreas.ToDictionary(a => a.Code, a => a.Order, StringComparer.Ordinal);
        return ordered
            .GroupBy(p => p.Area.Code, StringComparer.Ordinal)
            .OrderBy(g => places.TryGetValue(g.Key, out var place) ? place : int.MaxValue)
            .Select((group, g) =>
            {
                var area = ChineseNumber.Parenthesized(g + 1);
                var numbered = group.Select((p, i) =>
                {
                    var number = (i + 1).ToString(CultureInfo.InvariantCulture) + "、";
                    return new NumberedProject(p, number, area + number, Grouped: true);
                }).ToList();
                return new ReportProjectGroup(area + district.AreaName(new ProjectArea(group.Key)), numbered);
            })
            .ToList();
    }

    /// <summary>Each project's <see cref="NumberedProject.Reference"/> by its id, for the messages that name projects.</summary>
    public static IReadOnlyDictionary<Guid, string> References(District district, IEnumerable<Project> projects) =>
        Of(district, projects).SelectMany(g => g.Projects).ToDictionary(n => n.Project.Id, n => n.Reference);
}

/// <summary>An area's heading (（一）社会救助), or none when the report numbers its projects in one run, and its projects.</summary>
public sealed record ReportProjectGroup(string? Heading, IReadOnlyList<NumberedProject> Projects);

/// <summary>
/// A project as the report numbers it: <see cref="Number"/> before its name in its heading, and
/// <see cref="Reference"/> where a message names it outside the report's structure (（一）, or （二）1、 when grouped).
/// </summary>
public sealed record NumberedProject(Project Project, string Number, string Reference, bool Grouped)
{
    /// <summary>A subproject's number: 1、 under a project numbered （一）; （1） under a project numbered 1、.</summary>
    public string SubprojectNumber(int number) =>
        Grouped ? "（" + number.ToString(CultureInfo.InvariantCulture) + "）" : number.ToString(CultureInfo.InvariantCulture) + "、";
}
