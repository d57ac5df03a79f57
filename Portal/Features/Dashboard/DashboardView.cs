using Portal.Domain.Common;
using Portal.Features.FundYears;

namespace Portal.Features.Dashboard;

/// <summary>
/// A fund year at a glance for managers: its money at the cut-off, execution against schedule on
/// <see cref="AsOf"/>, months, streets and alerts.
/// </summary>
public sealed record DashboardView(
    int Year,
    DateOnly AsOf,
    YearStatement Money,
    IReadOnlyList<ExecutionRow> Execution,
    IReadOnlyList<SpendingMonth> SpendingByMonth,
    IReadOnlyList<ElderlyMonth> ElderlyByMonth,
    IReadOnlyList<StreetRow> ByStreet,
    IReadOnlyList<Alert> Alerts,
    IReadOnlyList<AlertGroup> AlertGroups);

/// <summary>What the home page shows: the year at a glance, then the dashboard.</summary>
public sealed record DashboardHome(FundYearOverview Overview, DashboardView Dashboard);

/// <summary>One project's money, execution rate and schedule progress on <see cref="DashboardView.AsOf"/>.</summary>
public sealed record ExecutionRow(Guid ProjectId, string Project, Money Allocation, Money Spent, decimal ExecutionRate, decimal ScheduleProgress, bool IsLagging, bool Explained);

/// <summary>Project spending in one calendar month (the year runs on to its cut-off date).</summary>
public sealed record SpendingMonth(string Month, Money Spent);

public sealed record ElderlyMonth(int Month, long AdvancedAgePersonTimes, Money AdvancedAge, long DisabilityCarePersonTimes, Money DisabilityCare);

/// <summary>A street's share money and what it spent by <see cref="DashboardView.AsOf"/>, and its elderly months that count.</summary>
public sealed record StreetRow(string StreetCode, string Street, Money Shares, Money SharesSpent, long ElderlyPersonTimes, Money ElderlyPaid, int MonthsApproved, int MonthsOverdue);

public enum AlertKind
{
    LaggingWithoutReason,
    FlaggedEntry,
    OverdueMonth,
    ReturnedMonth,
    Unallocated,
}

/// <summary>
/// Something a manager should act on, with where to do it; an alert about a street's month names the street
/// and the month, so the dashboard can group a street's months into one line (<see cref="AlertGroup"/>).
/// </summary>
public sealed record Alert(AlertKind Kind, string Text, string Link)
{
    public string? StreetCode { get; init; }

    /// <summary>The street's full name (西长安街街道), with <see cref="StreetCode"/>.</summary>
    public string? Street { get; init; }

    public int? Month { get; init; }
}
