using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Features.FundYears;
using Portal.Infrastructure;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Data.Auditing;
using Portal.Security;

namespace Portal.Features.Audit;

/// <summary>访问与安全记录: sign-ins and sign-outs, refused operations, backups, exports and account changes, for managers.</summary>
public sealed class SecurityTrailService(IDbContextFactory<PortalDbContext> contextFactory, FundYearLoader loader, ReadAuthorizer reads)
{
    /// <summary>Changes of user accounts, shown here beside the access events (and in 操作记录 as data changes).</summary>
    public const string AccountChanged = "AccountChanged";

    private const string AccountEntity = "UserAccount";

    public async Task<PageData<SecuritySearch>> SearchAsync(SecurityQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var user = await reads.UserAsync(cancellationToken);
        if (!user.IsManager)
            return await reads.RefuseAsync<SecuritySearch>(user, "SecurityTrail", AuthorizationMessages.ManagerOnly);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var streets = (await loader.DistrictAsync(db, cancellationToken))?.Streets ?? [];
        Guid? streetId = string.IsNullOrWhiteSpace(query.StreetCode) ? null : streets.FirstOrDefault(s => s.Code == query.StreetCode)?.Id ?? Guid.Empty;
        DateTime? from = query.From is { } f ? BeijingTime.StartOfDayUtc(f) : null;
        DateTime? to = query.To is { } t ? BeijingTime.StartOfDayUtc(t.AddDays(1)) : null;
        var who = string.IsNullOrWhiteSpace(query.User) ? null : query.User.Trim();
        var limit = Math.Clamp(query.Limit, 1, 10_000);

        var events = db.SecurityEvents.AsNoTracking();
        var accounts = db.AuditEntries.AsNoTracking().Where(a => a.Entity == AccountEntity);
        if (await db.Districts.CountAsync(cancellationToken) > 1)
        {
            events = DistrictRecords.Of(events, db, user.DistrictId);
            accounts = DistrictRecords.Of(accounts, db, user.DistrictId);
        }

        if (who is not null)
            events = events.Where(e => e.Actor.Contains(who));
        if (streetId is { } s)
            events = events.Where(e => e.StreetId == s);
        if (!string.IsNullOrWhiteSpace(query.Kind))
            events = events.Where(e => e.Kind == query.Kind);
        if (from is { } start)
            events = events.Where(e => e.At >= start);
        if (to is { } end)
            events = events.Where(e => e.At < end);
        var found = query.Kind is null or "" or not AccountChanged
            ? await events.OrderByDescending(e => e.Id).Take(limit + 1).ToListAsync(cancellationToken)
            : [];

        if (who is not null)
            accounts = accounts.Where(a => a.Actor.Contains(who));
        if (streetId is { } street)
            accounts = accounts.Where(a => a.StreetId == street);
        if (from is { } accountsFrom)
            accounts = accounts.Where(a => a.At >= accountsFrom);
        if (to is { } accountsTo)
            accounts = accounts.Where(a => a.At < accountsTo);
        var changes = string.IsNullOrWhiteSpace(query.Kind) || query.Kind == AccountChanged
            ? await accounts.OrderByDescending(a => a.Id).Take(limit + 1).ToListAsync(cancellationToken)
            : [];

        var names = await AuditNames.LoadAsync(db, changes, cancellationToken);
        var rows = found.Select(e => Row(e, names))
            .Concat(changes.Select(a => Row(AuditDescriber.Describe(a, names))))
            .OrderByDescending(r => r.At)
            .ToList();
        var kinds = SecurityEventKind.All.Select(k => new SecurityKindChoice(k, SecurityEventKind.Name(k)))
            .Append(new SecurityKindChoice(AccountChanged, KindName(AccountChanged))).ToList();
        return PageData.Of(new SecuritySearch(
            rows.Take(limit).ToList(),
            rows.Count > limit,
            kinds,
            streets.OrderBy(s => s.Order).Select(s => new StreetChoice(s.Code, s.FullName)).ToList()));
    }

    public static string KindName(string kind) => kind == AccountChanged ? "账户变更" : SecurityEventKind.Name(kind);

    private static SecurityRow Row(SecurityEvent e, AuditNames names)
    {
        var at = BeijingTime.FromUtc(e.At);
        var actor = AuditDescriber.ActorName(e.Actor);
        var street = e.StreetId is { } id ? names.Streets.GetValueOrDefault(id) : null;
        var sentence = at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " " + (street is null ? "" : street + " ") + actor + " " + e.What;
        return new SecurityRow(at, actor, e.Actor, e.Kind, KindName(e.Kind), street, e.What, e.Detail, sentence);
    }

    private static SecurityRow Row(AuditRow change) =>
        new(change.At, change.Actor, change.ActorRecorded, AccountChanged, KindName(AccountChanged), change.Street,
            change.Sentence[(change.Sentence.IndexOf(change.Actor, StringComparison.Ordinal) + change.Actor.Length)..].Trim(), change.After, change.Sentence);
}
