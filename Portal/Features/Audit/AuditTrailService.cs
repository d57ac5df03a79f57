using Microsoft.EntityFrameworkCore;
using Portal.Features.FundYears;
using Portal.Infrastructure;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Data.Auditing;
using Portal.Security;

namespace Portal.Features.Audit;

public sealed class AuditTrailService(IDbContextFactory<PortalDbContext> contextFactory, FundYearLoader loader, IReadAuthorizer reads) : IAuditTrailService
{
    /// <summary>What the bureau calls each kind of row.</summary>
    public static string EntityName(string entity) => entity switch
    {
        "FundYear" => "资金年度",
        "Project" => "项目",
        "Subproject" => "子项目",
        "StreetShare" => "街道分配",
        "Spending" => "支出",
        "Transfer" => "资金调整",
        "PerformanceIndicator" => "绩效指标",
        "SubsidyReport" => "津贴补贴月报",
        "SubsidyLine" => "津贴补贴明细",
        "SubsidyType" => "补贴类型",
        "SubsidyRate" => "发放标准",
        "UserAccount" => "用户账户",
        "PublishedReport" => "公开报告版本",
        "District" => "区",
        "Street" => "街道",
        "DatabaseBackup" => "数据库备份",
        _ => entity,
    };

    public async Task<PageData<AuditSearch>> SearchAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var user = await reads.UserAsync(cancellationToken);
        if (!user.IsManager)
            return reads.Refuse<AuditSearch>(user, "AuditTrail", AuthorizationMessages.ManagerOnly);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var streets = (await loader.DistrictAsync(db, cancellationToken))?.Streets ?? [];

        var entries = db.AuditEntries.AsNoTracking();
        if (await db.Districts.CountAsync(cancellationToken) > 1)
        {
            // Entries carry no district: with several districts in the database a manager sees those of their
            // district's streets and those written by their district's accounts ("姓名 (object id)").
            var district = user.DistrictId;
            entries = entries.Where(a =>
                (a.StreetId != null && db.Streets.Any(s => s.Id == a.StreetId && s.DistrictId == district))
                || db.UserAccounts.Any(u => u.DistrictId == district && a.Actor.EndsWith(" (" + u.ObjectId + ")")));
        }

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
        return PageData.Of(new AuditSearch(found.Take(limit).Select(a => Row(a, streets)).ToList(), found.Count > limit, kinds));
    }

    public async Task<IReadOnlyList<AuditRow>> HistoryAsync(IReadOnlyCollection<Guid> entityIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        var user = await reads.UserAsync(cancellationToken);
        if (!user.CanReadDistrict && !user.IsStreetStaff)
            return [];
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var streets = (await loader.DistrictAsync(db, cancellationToken))?.Streets ?? [];
        var ids = entityIds.Select(i => i.ToString()).ToList();
        var entries = await db.AuditEntries.AsNoTracking().Where(a => ids.Contains(a.EntityId)).OrderByDescending(a => a.Id).Take(200).ToListAsync(cancellationToken);
        return entries.Select(a => Row(a, streets)).ToList();
    }

    private static AuditRow Row(AuditEntry entry, IReadOnlyList<Domain.Common.Street> streets) => new(
        BeijingTime.FromUtc(entry.At),
        entry.Actor,
        entry.Entity,
        EntityName(entry.Entity),
        entry.EntityId,
        entry.Action switch { "Added" => "新增", "Modified" => "修改", "Deleted" => "删除", "BackedUp" => "备份", "Downloaded" => "下载", _ => entry.Action },
        entry.StreetId is { } id ? streets.FirstOrDefault(s => s.Id == id)?.FullName : null,
        entry.Before,
        entry.After);
}
