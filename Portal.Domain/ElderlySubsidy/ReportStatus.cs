namespace Portal.Domain.ElderlySubsidy;

/// <summary>Where a street's month stands; a month with no report at all is 未填报.</summary>
public enum ReportStatus
{
    Draft = 1,
    Submitted = 2,
    Returned = 3,
    Approved = 4,
}
