namespace Portal.Infrastructure.Data.Seeding;

// The shape of seeds/xicheng-2020.json: the 2020 report as data. Amounts are strings in 万元 so that no
// JSON number (a double) ever touches money.

internal sealed record SeedDocument(
    string Source,
    SeedDistrict District,
    IReadOnlyList<SeedStreet> Streets,
    IReadOnlyList<SeedSubsidyType> SubsidyTypes,
    SeedFundYear FundYear);

internal sealed record SeedDistrict(
    string Code,
    string Name,
    string BureauName,
    int CommunityCount,
    string? FundName = null,
    IReadOnlyList<string>? Regulations = null,
    bool GroupProjectsByArea = false,
    IReadOnlyList<SeedArea>? ProjectAreas = null);

/// <summary>One area (领域) of a district's list: its code and the name the pages and the report print.</summary>
internal sealed record SeedArea(string Code, string Name);

/// <summary>
/// A district to set up (<c>add-district</c>): the district and its streets in the shape of the seed
/// document, without a fund year (the first one is created on 新建资金年度).
/// </summary>
internal sealed record DistrictFile(SeedDistrict District, IReadOnlyList<SeedStreet> Streets);

internal sealed record SeedStreet(string Code, string Name);

internal sealed record SeedSubsidyType(string Code, string Name, IReadOnlyList<SeedRateTable> Rates);

internal sealed record SeedRateTable(DateOnly EffectiveFrom, IReadOnlyList<SeedRateLevel> Levels);

internal sealed record SeedRateLevel(string Name, string MonthlyYuan);

internal sealed record SeedFundYear(
    int Year,
    string Title,
    string ReceivedWanYuan,
    string ElderlyBlockWanYuan,
    string FactorBlockWanYuan,
    DateOnly CutOffDate,
    string Opening,
    SeedElderlySubsidy ElderlySubsidy,
    string FactorIntro,
    IReadOnlyList<SeedProject> Projects);

internal sealed record SeedElderlySubsidy(
    string Description,
    SeedCycle Cycle,
    IReadOnlyList<SeedOwner> Owners,
    string Outcome,
    IReadOnlyList<SeedAnnualTotal> AnnualTotals);

internal sealed record SeedOwner(string Name, string? Phone, string? ResponsibleFor);

internal sealed record SeedAnnualTotal(
    string SubsidyType,
    long PersonTimes,
    string TotalPaidWanYuan,
    string LotteryWanYuan,
    string MatchingWanYuan,
    string? FlagComment,
    bool SplitEstimated);

internal sealed record SeedCycle(string Kind, DateOnly Start, DateOnly End, string Label);

internal sealed record SeedProject(
    int Order,
    string? PrintedHeading,
    string? Area,
    string Name,
    string? Description,
    SeedCycle Cycle,
    string AllocationWanYuan,
    string? Owner,
    string? OwnerPhone,
    string Status,
    string? Outcome,
    string? Problems,
    string? CorrectiveMeasures,
    IReadOnlyList<SeedSpending> Spending,
    string? ReportedCarryOverWanYuan,
    IReadOnlyList<SeedIndicator> Indicators,
    IReadOnlyList<SeedProject>? Subprojects,
    IReadOnlyList<SeedStreetShare>? StreetShares);

internal sealed record SeedSpending(DateOnly Date, string AmountWanYuan, string? Note);

internal sealed record SeedIndicator(string Category, string Name, string Unit, string Comparison, string TargetValue, string? AchievedValue);

internal sealed record SeedStreetShare(string Street, string AmountWanYuan, string? Purpose);
