using Microsoft.EntityFrameworkCore;

namespace Portal.Infrastructure.Data.Auditing;

/// <summary>Appends <see cref="SecurityEvent"/>s: who signed in or out, was refused, took or downloaded a backup, exported.</summary>
public sealed class SecurityLog(IDbContextFactory<PortalDbContext> contextFactory, TimeProvider clock)
{
    public async Task RecordAsync(string kind, string actor, string what, Guid? streetId = null, string? detail = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.SecurityEvents.Add(Event(kind, actor, what, streetId, detail, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>An event to save with other rows in one transaction (a sign-in with its account's update).</summary>
    public static SecurityEvent Event(string kind, string actor, string what, Guid? streetId, string? detail, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(what);
        return new SecurityEvent
        {
            At = at,
            Kind = kind,
            Actor = Cut(actor, AuditTrail.ActorMaxLength)!,
            StreetId = streetId,
            What = Cut(what, SecurityEvent.WhatMaxLength)!,
            Detail = Cut(detail, SecurityEvent.DetailMaxLength),
        };
    }

    private static string? Cut(string? text, int length) => text is null || text.Length <= length ? text : text[..length];
}
