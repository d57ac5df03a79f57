using Portal.Domain.Common;

namespace Portal.Features.FundYears;

public sealed record FundYearOverview(
    int Year,
    string BureauName,
    Money Received,
    Money ElderlyBlock,
    Money FactorBlock,
    Money Allocated,
    Money Unallocated,
    Money TransferredToNextYear,
    Money Spent,
    Money CarryOver,
    DateOnly CutOffDate,
    int ProjectCount,
    Money ElderlyLottery,
    Money ElderlyMatching,
    long ElderlyPersonTimes);
