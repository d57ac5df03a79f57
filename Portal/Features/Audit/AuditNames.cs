using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Domain.SocialAssistance;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Data.Auditing;

namespace Portal.Features.Audit;

/// <summary>
/// What the ids in a page of audit entries point at, by name: streets, years, projects, subsidy types, users,
/// and the rows the entries are about (a month's street and period, a line's subsidy). Small tables are read
/// whole; monthly rows and spending only as far as the entries name them.
/// </summary>
public sealed class AuditNames
{
    public static AuditNames Empty { get; } = new();

    public IReadOnlyDictionary<Guid, string> Streets { get; init; } = new Dictionary<Guid, string>();

    public IReadOnlyDictionary<Guid, int> FundYears { get; init; } = new Dictionary<Guid, int>();

    public IReadOnlyDictionary<Guid, string> Projects { get; init; } = new Dictionary<Guid, string>();

    public IReadOnlyDictionary<Guid, string> Subprojects { get; init; } = new Dictionary<Guid, string>();

    public IReadOnlyDictionary<Guid, string> SubsidyTypes { get; init; } = new Dictionary<Guid, string>();

    public IReadOnlyDictionary<Guid, string> Users { get; init; } = new Dictionary<Guid, string>();

    public IReadOnlyDictionary<Guid, ShareName> Shares { get; init; } = new Dictionary<Guid, ShareName>();

    public IReadOnlyDictionary<Guid, MonthName> Reports { get; init; } = new Dictionary<Guid, MonthName>();

    public IReadOnlyDictionary<Guid, LineName> Lines { get; init; } = new Dictionary<Guid, LineName>();

    public IReadOnlyDictionary<Guid, SpendingName> Spendings { get; init; } = new Dictionary<Guid, SpendingName>();

    public IReadOnlyDictionary<Guid, TransferName> Transfers { get; init; } = new Dictionary<Guid, TransferName>();

    public IReadOnlyDictionary<Guid, IndicatorName> Indicators { get; init; } = new Dictionary<Guid, IndicatorName>();

    public IReadOnlyDictionary<Guid, Guid> RateTypes { get; init; } = new Dictionary<Guid, Guid>();

    public IReadOnlyDictionary<Guid, PublishedName> Published { get; init; } = new Dictionary<Guid, PublishedName>();

    public static async Task<AuditNames> LoadAsync(PortalDbContext db, IReadOnlyCollection<AuditEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entries);
        var lineIds = IdsOf(entries, nameof(SubsidyLine));
        var lines = await db.Set<SubsidyLine>().AsNoTracking().Where(l => lineIds.Contains(l.Id))
            .Select(l => new { l.Id, l.ReportId, l.SubsidyTypeId }).ToListAsync(cancellationToken);
        var reportIds = IdsOf(entries, nameof(SubsidyReport)).Concat(lines.Select(l => l.ReportId))
            .Concat(entries.Where(e => e.Entity == nameof(SubsidyLine)).Select(e => AuditValues.IdOf(e.After ?? e.Before, "ReportId")).OfType<Guid>())
            .Distinct().ToList();
        var spendingIds = IdsOf(entries, nameof(Spending)).Concat(entries.Where(e => e.Entity == nameof(Spending))
            .SelectMany(e => new[] { AuditValues.IdOf(e.After ?? e.Before, "ReversalOfId"), AuditValues.IdOf(e.After ?? e.Before, "CorrectionOfId") })
            .OfType<Guid>()).Distinct().ToList();

        return new AuditNames
        {
            Streets = await db.Streets.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name + "街道", cancellationToken),
            FundYears = await db.FundYears.AsNoTracking().IgnoreAutoIncludes().ToDictionaryAsync(y => y.Id, y => y.Year, cancellationToken),
            Projects = await db.Set<Project>().AsNoTracking().IgnoreAutoIncludes().ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken),
            Subprojects = await db.Set<Subproject>().AsNoTracking().IgnoreAutoIncludes().ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken),
            SubsidyTypes = await db.SubsidyTypes.AsNoTracking().IgnoreAutoIncludes().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken),
            Users = await db.UserAccounts.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken),
            Shares = await db.Set<StreetShare>().AsNoTracking().ToDictionaryAsync(s => s.Id, s => new ShareName(s.StreetId, s.ProjectId, s.SubprojectId), cancellationToken),
            Reports = await db.SubsidyReports.AsNoTracking().IgnoreAutoIncludes().Where(r => reportIds.Contains(r.Id))
                .ToDictionaryAsync(r => r.Id, r => new MonthName(r.StreetId, r.Year, r.Month), cancellationToken),
            Lines = lines.ToDictionary(l => l.Id, l => new LineName(l.ReportId, l.SubsidyTypeId)),
            Spendings = await db.Set<Spending>().AsNoTracking().Where(s => spendingIds.Contains(s.Id))
                .ToDictionaryAsync(s => s.Id, s => new SpendingName(s.ProjectId, s.SubprojectId, s.StreetShareId, s.Date, s.Amount), cancellationToken),
            Transfers = await db.Set<Transfer>().AsNoTracking().ToDictionaryAsync(t => t.Id, t => new TransferName(t.FromProjectId, t.ToProjectId), cancellationToken),
            Indicators = await db.Set<PerformanceIndicator>().AsNoTracking().ToDictionaryAsync(i => i.Id, i => new IndicatorName(i.Name, i.ProjectId), cancellationToken),
            RateTypes = await db.Set<SubsidyRate>().AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.SubsidyTypeId, cancellationToken),
            Published = await db.PublishedReports.AsNoTracking().ToDictionaryAsync(p => p.Id, p => new PublishedName(p.FundYearId, p.Number), cancellationToken),
        };
    }

    private static List<Guid> IdsOf(IEnumerable<AuditEntry> entries, string entity) =>
        entries.Where(e => e.Entity == entity).Select(e => Guid.TryParse(e.EntityId, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct().ToList();
}

public sealed record ShareName(Guid StreetId, Guid ProjectId, Guid? SubprojectId);

public sealed record MonthName(Guid? StreetId, int Year, int? Month);

public sealed record LineName(Guid ReportId, Guid SubsidyTypeId);

public sealed record SpendingName(Guid ProjectId, Guid? SubprojectId, Guid? StreetShareId, DateOnly Date, Money Amount);

public sealed record TransferName(Guid FromProjectId, Guid? ToProjectId);

public sealed record IndicatorName(string Name, Guid ProjectId);

public sealed record PublishedName(Guid FundYearId, int Number);
