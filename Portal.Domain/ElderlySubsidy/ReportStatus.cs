namespace Portal.Domain.ElderlySubsidy;

/// <summary>Where a street's month stands; a month with no report at all is 未填报.</summary>
public enum ReportStatus
{
    Draft = 1,
    Submitted = 2,
    Returned = 3,
    Approved = 4,
}

public static class ReportStatusRules
{
    /// <summary>
    /// Whether a month's figures count in the year's totals (the dashboard, the totals page, the report): only
    /// what reached the district does, submitted or approved; a draft or a returned month does not.
    /// </summary>
    public static bool IsCounted(this ReportStatus status) => status is ReportStatus.Submitted or ReportStatus.Approved;
}
