using Portal.Domain.Common;

namespace Portal.Domain.ElderlySubsidy;

/// <summary>
/// The rules about street months that every page, export and report follows: which months count, which
/// are overdue or still in the future, and whether a year is known only from yearly totals.
/// </summary>
public static class StreetMonths
{
    /// <summary>
    /// Whether a month's figures count in the year's totals (rule 12): only what reached the district does,
    /// submitted or approved; a draft or a returned month is still the street's.
    /// </summary>
    public static bool IsCounted(this ReportStatus status) => status is ReportStatus.Submitted or ReportStatus.Approved;

    /// <summary>
    /// A year known only from yearly totals (like 2020's published report): some report of it covers a
    /// whole year. Such a year has no street months to chase.
    /// </summary>
    public static bool IsAnnualOnly(IEnumerable<int?> reportMonths)
    {
        ArgumentNullException.ThrowIfNull(reportMonths);
        return reportMonths.Any(m => m is null);
    }

    /// <summary>A month that has not begun cannot be filed yet.</summary>
    public static bool IsFuture(FundYear year, int month, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(year);
        return new DateOnly(year.Year, month, 1) > today;
    }

    /// <summary>Whether the month's report was due (the deadline day of the next month) before today.</summary>
    public static bool IsDue(FundYear year, int month, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(year);
        return today > year.ReportDueDate(month);
    }

    /// <summary>
    /// A street month is overdue when its report was due and has not reached the district (not filed, a
    /// draft, or returned). A year known only from yearly totals has no overdue months.
    /// </summary>
    public static bool IsOverdue(FundYear year, int month, ReportStatus? status, bool annualOnly, DateOnly today) =>
        !annualOnly && IsDue(year, month, today) && status?.IsCounted() != true;
}
