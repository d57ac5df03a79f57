using Portal.Domain.Common;

namespace Portal.Features.ChildProtection;

/// <summary>The year's child-protection projects; money spent and balances are read on <see cref="AsOf"/>.</summary>
public sealed record ChildProtectionOverview(int Year, DateOnly AsOf, IReadOnlyList<ChildProtectionProject> Projects);

public sealed record ChildProtectionProject(
    Guid Id,
    string Number,
    string Name,
    string CycleLabel,
    Money Allocation,
    Money AssignedToSubprojects,
    Money Unassigned,
    IReadOnlyList<SubprojectRow> Subprojects);

public sealed record SubprojectRow(
    string Number,
    string Name,
    string CycleLabel,
    Money Allocation,
    Money Spent,
    Money Balance,
    Money SharedToStreets,
    Money NotShared,
    string Status,
    string? Owner,
    string? OwnerPhone,
    IReadOnlyList<StreetShareRow> Shares,
    IReadOnlyList<IndicatorRow> Indicators);

public sealed record StreetShareRow(string Street, Money Amount, Money Spent, Money Balance, string? Purpose);

public sealed record IndicatorRow(string Category, string Name, string Target, string Achieved, bool? IsMet);
