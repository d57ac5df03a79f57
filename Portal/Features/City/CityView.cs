using Portal.Domain.Common;

namespace Portal.Features.City;

/// <summary>
/// One fund year across every district the portal holds, for a municipal deployment: the money, execution
/// and street months of each district side by side, and the city's totals (which are the districts' sums).
/// </summary>
public sealed record CityView(int Year, DateOnly AsOf, CityDistrictRow Total, IReadOnlyList<CityDistrictRow> Districts);

/// <summary>One district's year at a glance; the total row has the same shape.</summary>
public sealed record CityDistrictRow(
    string DistrictCode,
    string District,
    Money Received,
    Money Allocated,
    Money Unallocated,
    Money SpentAsOf,
    decimal ExecutionRate,
    int ProjectsLagging,
    long ElderlyPersonTimes,
    Money ElderlyPaid,
    int MonthsApproved,
    int MonthsOverdue);
