using Portal.Infrastructure.Data;
using Portal.Infrastructure.Data.Auditing;

namespace Portal.Features.Audit;

/// <summary>
/// Audit entries and access records carry no district: with several districts in the database a manager reads
/// those of their district's streets and those written by their district's accounts ("姓名 (sign-on id)").
/// Entries written by the system (the seed, add-district) then belong to no district's list.
/// </summary>
internal static class DistrictRecords
{
    public static IQueryable<AuditEntry> Of(IQueryable<AuditEntry> entries, PortalDbContext db, Guid? district) =>
        entries.Where(a =>
            (a.StreetId != null && db.Streets.Any(s => s.Id == a.StreetId && s.DistrictId == district))
            || db.UserAccounts.Any(u => u.DistrictId == district && a.Actor.EndsWith(" (" + u.ObjectId + ")")));

    public static IQueryable<SecurityEvent> Of(IQueryable<SecurityEvent> events, PortalDbContext db, Guid? district) =>
        events.Where(e =>
            (e.StreetId != null && db.Streets.Any(s => s.Id == e.StreetId && s.DistrictId == district))
            || db.UserAccounts.Any(u => u.DistrictId == district && e.Actor.EndsWith(" (" + u.ObjectId + ")")));
}
