namespace Portal.Infrastructure.Data.Auditing;

/// <summary>
/// One change to one row: who, when, what it was before and after. Written by <see cref="PortalDbContext"/>
/// in the same transaction as the change itself, and only ever appended.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; init; }

    /// <summary>UTC. DateTime rather than DateTimeOffset: SQLite can order and compare it.</summary>
    public DateTime At { get; init; }

    /// <summary>The signed-in user's name and id, or the system task that made the change.</summary>
    public required string Actor { get; init; }

    public required string Entity { get; init; }

    public required string EntityId { get; init; }

    /// <summary>Added, Modified or Deleted.</summary>
    public required string Action { get; init; }

    /// <summary>The street the changed row belongs to, when it has one, so the trail can be filtered by street.</summary>
    public Guid? StreetId { get; init; }

    /// <summary>JSON of the changed columns' previous values (null for an insert).</summary>
    public string? Before { get; init; }

    /// <summary>JSON of the changed columns' new values (null for a delete).</summary>
    public string? After { get; init; }
}
