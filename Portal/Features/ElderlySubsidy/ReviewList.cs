using Portal.Domain.Common;

namespace Portal.Features.ElderlySubsidy;

public sealed record ReviewList(int Year, IReadOnlyList<ReviewItem> Submitted, IReadOnlyList<ReviewItem> Approved);

/// <summary>One street-month waiting for review (or approved, for unlocking).</summary>
public sealed record ReviewItem(
    Guid ReportId,
    Guid Version,
    string StreetName,
    int Month,
    string Status,
    long PersonTimes,
    Money Lottery,
    Money Matching,
    IReadOnlyList<string> Flags,
    string? ReviewComment);
