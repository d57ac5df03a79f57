namespace Portal.Infrastructure.Data.Auditing;

/// <summary>
/// One access or security event: a sign-in or sign-out, a refused operation, a backup taken or downloaded,
/// an export. Kept apart from the audit trail of data changes, append-only, so an auditor searches access in
/// one place and the two can be kept for different periods.
/// </summary>
public sealed class SecurityEvent
{
    public const int WhatMaxLength = 500;
    public const int DetailMaxLength = 1000;

    public long Id { get; init; }

    /// <summary>UTC, like <see cref="AuditEntry.At"/>.</summary>
    public DateTime At { get; init; }

    /// <summary>One of <see cref="SecurityEventKind"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>Who, as the audit trail names people: display name and sign-on id.</summary>
    public required string Actor { get; init; }

    /// <summary>The street the event concerns (a refused write's street, the signed-in officer's street).</summary>
    public Guid? StreetId { get; init; }

    /// <summary>What happened, in Chinese, as a person reads it.</summary>
    public required string What { get; init; }

    /// <summary>The machine's account of it: operation, resource, file name.</summary>
    public string? Detail { get; init; }
}
