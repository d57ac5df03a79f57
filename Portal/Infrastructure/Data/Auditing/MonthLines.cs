using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Portal.Domain.ElderlySubsidy;

namespace Portal.Infrastructure.Data.Auditing;

/// <summary>
/// The changed lines of one street month, as its own audit entry carries them: a month is saved as a whole
/// (the grid, review, the import), so one entry tells what changed in it. In the entry's Before and After,
/// <c>Lines</c> holds an object per changed subsidy, named by the subsidy type's id, with the line's changed
/// columns (all of them when it is new), names in ordinal order like every other object of the trail. The
/// line's month and subsidy are left out: they are the entry's row and the object's name.
/// </summary>
internal sealed class MonthLines
{
    public const string Name = "Lines";

    private static readonly string[] Omitted = [nameof(SubsidyLine.ReportId), nameof(SubsidyLine.SubsidyTypeId)];

    public Columns Before { get; } = new();

    public Columns After { get; } = new();

    public static bool IsFolded(string lineProperty) => Omitted.Contains(lineProperty, StringComparer.Ordinal);

    public static string SubsidyOf(SubsidyLine line) => Convert.ToString(line.SubsidyTypeId, CultureInfo.InvariantCulture)!;

    /// <summary>The changed lines among the tracker's audited entries, by the id of their month.</summary>
    public static Dictionary<Guid, MonthLines> Of(IEnumerable<EntityEntry> audited)
    {
        var months = new Dictionary<Guid, MonthLines>();
        foreach (var entry in audited)
        {
            if (entry.Entity is not SubsidyLine line)
                continue;
            var properties = entry.Properties
                .Where(p => !IsFolded(p.Metadata.Name) && (entry.State != EntityState.Modified || p.IsModified))
                .ToList();
            if (entry.State == EntityState.Modified && properties.Count == 0)
                continue;

            if (!months.TryGetValue(line.ReportId, out var month))
                months.Add(line.ReportId, month = new MonthLines());
            var subsidy = SubsidyOf(line);
            if (entry.State != EntityState.Added)
                month.Before[subsidy] = [.. properties.Select(p => (p.Metadata.Name, p.OriginalValue))];
            if (entry.State != EntityState.Deleted)
                month.After[subsidy] = [.. properties.Select(p => (p.Metadata.Name, p.CurrentValue))];
        }

        return months;
    }

    /// <summary>Lines by subsidy in ordinal order, each line's columns as name and value.</summary>
    public sealed class Columns() : SortedList<string, List<(string Name, object? Value)>>(StringComparer.Ordinal);
}
