using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;

namespace Portal.Features.FundYears;

/// <summary>A fund year at a glance: its money at the cut-off, and what the street months that count paid.</summary>
public sealed record FundYearOverview(
    int Year,
    string BureauName,
    DateOnly CutOffDate,
    int ProjectCount,
    YearStatement Money,
    ElderlyAmounts Elderly);
