using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;

namespace Portal.Features.Streets;

/// <summary>
/// One street's view of a fund year: its shares of projects with what it spent by <see cref="AsOf"/>, every
/// payment charged to them with its corrections (and each project's version, to correct one), and its
/// elderly-subsidy reports with the total of those that count (submitted or approved). Once the year's report is
/// published (<see cref="PublishedEdition"/>) a payment is a 更正 and the form asks why.
/// </summary>
public sealed record StreetOverview(
    int Year,
    string StreetCode,
    string StreetName,
    DateOnly AsOf,
    bool CanRecordSpending,
    Money SharedToStreet,
    Money SpentByStreet,
    IReadOnlyList<StreetShareLine> Shares,
    IReadOnlyList<StreetReportLine> Reports,
    ElderlyAmounts CountedElderly,
    IReadOnlyList<Portal.Features.SocialAssistance.SpendingView> Spendings,
    IReadOnlyDictionary<Guid, Guid> ProjectVersions,
    int? PublishedEdition);

public sealed record StreetShareLine(
    Guid ShareId,
    Guid ProjectId,
    string ProjectNumber,
    string ProjectName,
    string? SubprojectName,
    string CycleLabel,
    Money Amount,
    Money Spent,
    Money Balance,
    string? Purpose);

/// <summary>One report of the street: its period, its status, whether it counts in the district's totals, and its sums.</summary>
public sealed record StreetReportLine(string Period, string Status, bool Counted, long PersonTimes, Money Lottery, Money Matching);
