using Portal.Domain.Common;

namespace Portal.Features.Streets;

/// <summary>One street's view of a fund year: its shares of projects and its elderly-subsidy reports.</summary>
public sealed record StreetOverview(
    int Year,
    string StreetCode,
    string StreetName,
    DateOnly CutOffDate,
    bool CanRecordSpending,
    Money SharedToStreet,
    Money SpentByStreet,
    IReadOnlyList<StreetShareLine> Shares,
    IReadOnlyList<StreetReportLine> Reports);

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

public sealed record StreetReportLine(string Period, string Status, long PersonTimes, Money Lottery, Money Matching);
