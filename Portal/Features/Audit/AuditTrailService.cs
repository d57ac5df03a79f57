using Microsoft.EntityFrameworkCore;
using Portal.Domain.ElderlySubsidy;
using Portal.Domain.SocialAssistance;
using Portal.Features.FundYears;
using Portal.Infrastructure;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Data.Auditing;
using Portal.Security;

namespace Portal.Features.Audit;

/// <summary>The append-only record of every change. Managers search and export it; pages show each entity's own history.</summary>
public sealed class AuditTrailService(IDbContextFactory<PortalDbContext> contextFactory, FundYearLoader loader, ReadAuthorizer reads)
{
    /// <summary>A history shows this many of the newest changes.</summary>
    public const int HistoryLimit = 200;

    private const string OwnerEntity = "ProgrammeOwner";

    /// <summary>What the bureau calls each kind of row.</summary>
    public static string EntityName(string entity) => AuditDescriber.EntityName(entity);

    public async Task<PageData<AuditSearch>> SearchAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var user = await reads.UserAsync(cancellationToken);
        if (!user.IsManager)
            return await reads.RefuseAsync<AuditSearch>(user, "AuditTrail", AuthorizationMessages.ManagerOnly);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var streets = (await loader.DistrictAsync(db, cancellationToken))?.Streets ?? [];

        var entries = db.AuditEntries.AsNoTracking();
        if (await db.Districts.CountAsync(cancellationToken) > 1)
            entries = DistrictRecords.Of(entries, db, user.DistrictId);

        if (!string.IsNullOrWhiteSpace(query.User))
            entries = entries.Where(a => a.Actor.Contains(query.User.Trim()));
        if (!string.IsNullOrWhiteSpace(query.StreetCode))
        {
            var streetId = streets.FirstOrDefault(s => s.Code == query.StreetCode)?.Id ?? Guid.Empty;
            entries = entries.Where(a => a.StreetId == streetId);
        }

        if (!string.IsNullOrWhiteSpace(query.Entity))
            entries = entries.Where(a => a.Entity == query.Entity);
        if (query.From is { } from)
            entries = entries.Where(a => a.At >= BeijingTime.StartOfDayUtc(from));
        if (query.To is { } to)
            entries = entries.Where(a => a.At < BeijingTime.StartOfDayUtc(to.AddDays(1)));

        var limit = Math.Clamp(query.Limit, 1, 10_000);
        var found = await entries.OrderByDescending(a => a.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var kinds = await db.AuditEntries.Select(a => a.Entity).Distinct().OrderBy(e => e).ToListAsync(cancellationToken);
        var shown = found.Take(limit).ToList();
        var names = await AuditNames.LoadAsync(db, shown, cancellationToken);
        return PageData.Of(new AuditSearch(
            shown.Select(a => AuditDescriber.Describe(a, names)).ToList(),
            found.Count > limit,
            kinds,
            streets.OrderBy(s => s.Order).Select(s => new StreetChoice(s.Code, s.FullName)).ToList()));
    }

    /// <summary>The changes of the given rows (an entity and its parts), newest first.</summary>
    public async Task<IReadOnlyList<AuditRow>> HistoryAsync(IReadOnlyCollection<Guid> entityIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        var user = await reads.UserAsync(cancellationToken);
        if (!user.CanReadDistrict && !user.IsStreetStaff)
            return [];
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var ids = await WithPartsAsync(db, entityIds.ToList(), cancellationToken);
        var keys = ids.Select(i => i.ToString()).ToList();
        var entries = await db.AuditEntries.AsNoTracking().Where(a => keys.Contains(a.EntityId)).OrderByDescending(a => a.Id).Take(HistoryLimit).ToListAsync(cancellationToken);
        entries = [.. entries.Concat(await OwnersOfYearsAsync(db, ids, cancellationToken)).OrderByDescending(a => a.Id).Take(HistoryLimit)];
        var names = await AuditNames.LoadAsync(db, entries, cancellationToken);
        return entries.Select(a => AuditDescriber.Describe(a, names)).ToList();
    }

    /// <summary>
    /// The elderly programme's owners of the fund years among <paramref name="ids"/>. An owner row's key is a
    /// number of its own and it is replaced, never edited, when the owners are saved: its added and deleted
    /// entries name the fund year in their values.
    /// </summary>
    private static async Task<List<AuditEntry>> OwnersOfYearsAsync(PortalDbContext db, List<Guid> ids, CancellationToken cancellationToken)
    {
        var years = await db.FundYears.AsNoTracking().IgnoreAutoIncludes().Where(y => ids.Contains(y.Id)).Select(y => y.Id).ToListAsync(cancellationToken);
        var found = new List<AuditEntry>();
        foreach (var year in years.Select(y => "\"FundYearId\":\"" + y + "\""))
        {
            found.AddRange(await db.AuditEntries.AsNoTracking()
                .Where(a => a.Entity == OwnerEntity && ((a.After != null && a.After.Contains(year)) || (a.Before != null && a.Before.Contains(year))))
                .OrderByDescending(a => a.Id).Take(HistoryLimit).ToListAsync(cancellationToken));
        }

        return found;
    }

    /// <summary>
    /// The rows and the parts whose changes are the rows' own history: a month's lines, a project's or
    /// subproject's spending, indicators and transfers, a share's spending, a fund year's transfers.
    /// </summary>
    private static async Task<List<Guid>> WithPartsAsync(PortalDbContext db, List<Guid> ids, CancellationToken cancellationToken)
    {
        var lines = await db.Set<SubsidyLine>().AsNoTracking().Where(l => ids.Contains(l.ReportId)).Select(l => l.Id).ToListAsync(cancellationToken);
        var spending = await db.Set<Spending>().AsNoTracking()
            .Where(s => ids.Contains(s.ProjectId) || (s.SubprojectId != null && ids.Contains(s.SubprojectId.Value)) || (s.StreetShareId != null && ids.Contains(s.StreetShareId.Value)))
            .Select(s => s.Id).ToListAsync(cancellationToken);
        var indicators = await db.Set<PerformanceIndicator>().AsNoTracking()
            .Where(i => ids.Contains(i.ProjectId) || (i.SubprojectId != null && ids.Contains(i.SubprojectId.Value)))
            .Select(i => i.Id).ToListAsync(cancellationToken);
        var transfers = await db.Set<Transfer>().AsNoTracking()
            .Where(t => ids.Contains(t.FromProjectId) || (t.ToProjectId != null && ids.Contains(t.ToProjectId.Value)) || ids.Contains(t.FundYearId))
            .Select(t => t.Id).ToListAsync(cancellationToken);
        return [.. ids.Concat(lines).Concat(spending).Concat(indicators).Concat(transfers).Distinct()];
    }
}
