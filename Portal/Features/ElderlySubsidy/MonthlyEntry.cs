using Portal.Domain.Common;

namespace Portal.Features.ElderlySubsidy;

/// <summary>A street's year of monthly reports, as the entry grid shows it.</summary>
public sealed record StreetEntryGrid(
    int Year,
    string StreetCode,
    string StreetName,
    bool CanEdit,
    bool CanUnlock,
    bool AnnualSummaryOnly,
    IReadOnlyList<SubsidyColumn> Subsidies,
    IReadOnlyList<MonthRow> Months);

public sealed record SubsidyColumn(string Code, string Name, string RateRange);

/// <summary>One month of one street. <see cref="ReportId"/> is null while nothing was saved (未填报).</summary>
public sealed record MonthRow(
    int Month,
    Guid? ReportId,
    Guid? Version,
    string Status,
    MonthState State,
    DateOnly DueDate,
    bool IsOverdue,
    string? ReviewComment,
    IReadOnlyList<MonthLine> Lines);

public enum MonthState
{
    /// <summary>The month has not started: nothing can be entered.</summary>
    Future,
    NotFiled,
    Draft,
    Submitted,
    Returned,
    Approved,
}

public sealed record MonthLine(string SubsidyCode, long PersonTimes, Money Lottery, Money Matching, bool RateFlag, string? FlagComment, string? Warning);

/// <summary>What the user typed for one month: text, exactly as typed, parsed on the server.</summary>
public sealed record MonthEntry(string StreetCode, int Year, int Month, Guid? Version, IReadOnlyList<LineEntry> Lines);

public sealed record LineEntry(string SubsidyCode, string? PersonTimes, string? LotteryYuan, string? MatchingYuan, string? Comment);

/// <summary>Keys of field errors, as the grid keys its inputs.</summary>
public static class EntryFields
{
    public static string PersonTimes(string subsidyCode) => subsidyCode + ".personTimes";

    public static string Lottery(string subsidyCode) => subsidyCode + ".lottery";

    public static string Matching(string subsidyCode) => subsidyCode + ".matching";

    public static string Comment(string subsidyCode) => subsidyCode + ".comment";
}
