using Portal.Domain.Common;

namespace Portal.Domain.SocialAssistance;

/// <summary>
/// Spending charged to one node of a project on one day: a single entry, or the database's sum of the
/// entries of that node and day. Pages that add spending up in SQL and the aggregate in memory both hand
/// these to the same selectors and ledgers, so "what a node spent by a date" has one definition.
/// </summary>
public readonly record struct SpendingSum(Guid ProjectId, Guid? SubprojectId, Guid? StreetShareId, DateOnly Date, Money Amount)
{
    /// <summary>Everything spent under a project: on the project itself, its subprojects and its street shares.</summary>
    public static IEnumerable<SpendingSum> OfProject(IEnumerable<SpendingSum> sums, Guid projectId)
    {
        ArgumentNullException.ThrowIfNull(sums);
        return sums.Where(s => s.ProjectId == projectId);
    }

    /// <summary>Everything spent under a subproject: on the subproject itself and its street shares.</summary>
    public static IEnumerable<SpendingSum> OfSubproject(IEnumerable<SpendingSum> sums, Guid subprojectId)
    {
        ArgumentNullException.ThrowIfNull(sums);
        return sums.Where(s => s.SubprojectId == subprojectId);
    }

    public static IEnumerable<SpendingSum> OfShare(IEnumerable<SpendingSum> sums, Guid shareId)
    {
        ArgumentNullException.ThrowIfNull(sums);
        return sums.Where(s => s.StreetShareId == shareId);
    }
}
