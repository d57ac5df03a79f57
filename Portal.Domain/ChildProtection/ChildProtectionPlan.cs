using Portal.Domain.Common;
using Portal.Domain.SocialAssistance;

namespace Portal.Domain.ChildProtection;

/// <summary>
/// The child-protection view of a fund year: its child-protection projects, each subproject's budget
/// and the street shares under it, with what is left unassigned at every level.
/// </summary>
public sealed class ChildProtectionPlan
{
    private ChildProtectionPlan(IReadOnlyList<Project> projects, DateOnly cutOff)
    {
        Projects = projects;
        CutOff = cutOff;
    }

    public IReadOnlyList<Project> Projects { get; }

    public DateOnly CutOff { get; }

    public Money Allocation => Money.Sum(Projects.Select(p => p.Allocation));

    public Money AssignedToSubprojects => Money.Sum(Projects.SelectMany(p => p.Subprojects).Select(s => s.Allocation));

    /// <summary>Money still free at the projects themselves: not given to subprojects or streets, not spent.</summary>
    public Money UnassignedToSubprojects => Money.Sum(Projects.Select(p => p.Budget().Available));

    public static ChildProtectionPlan Of(FundYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        return new ChildProtectionPlan(year.Projects.Where(p => p.Area == ProjectArea.ChildProtection).OrderBy(p => p.Order).ToList(), year.CutOffDate);
    }
}
