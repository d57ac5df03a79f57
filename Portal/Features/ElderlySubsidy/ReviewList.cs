using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;

namespace Portal.Features.ElderlySubsidy;

/// <summary>
/// The review queue of a year as the filter asks: the months waiting for review, the returned ones (until the
/// street submits again) and the approved ones, each with its figures per subsidy and its sources apart.
/// <see cref="Counts"/> holds every status's count under the street and month filter, whatever status is asked.
/// </summary>
public sealed record ReviewList(
    int Year,
    ReviewFilter Filter,
    IReadOnlyList<ReviewStreet> Streets,
    IReadOnlyList<ReviewSubsidy> Subsidies,
    IReadOnlyDictionary<ReportStatus, int> Counts,
    IReadOnlyList<ReviewItem> Submitted,
    IReadOnlyList<ReviewItem> Returned,
    IReadOnlyList<ReviewItem> Approved);

/// <summary>A street the queue can be filtered by.</summary>
public sealed record ReviewStreet(string Code, string Name);

/// <summary>A subsidy column of the queue, in the bureau's order.</summary>
public sealed record ReviewSubsidy(string Code, string Name);

/// <summary>One street-month in the queue.</summary>
/// <param name="Lines">One per <see cref="ReviewList.Subsidies"/>, in that order; null where the month has no line for it.</param>
public sealed record ReviewItem(
    Guid ReportId,
    Guid Version,
    string StreetCode,
    string StreetName,
    int Month,
    ReportStatus State,
    IReadOnlyList<ReviewLine?> Lines,
    Money Lottery,
    Money Matching,
    IReadOnlyList<string> Flags,
    string? ReviewComment)
{
    public string Status => ReportStatusNames.Of(State);

    public long PersonTimes => Lines.Sum(l => l?.PersonTimes ?? 0);

    /// <summary>The street's entry page opened at this month, where the figures are in yuan and an approved month is unlocked.</summary>
    public string MonthLink(int year) => MonthEntryLink.Of(StreetCode, year, Month);
}

/// <summary>What a month paid under one subsidy: person-times and the money of both sources.</summary>
public sealed record ReviewLine(long PersonTimes, Money Total, bool RateFlag);
