namespace Portal.Features.Audit;

/// <summary>A search of the audit trail: any combination of user, street, entity and dates (inclusive).</summary>
public sealed record AuditQuery(string? User = null, string? StreetCode = null, string? Entity = null, DateOnly? From = null, DateOnly? To = null, int Limit = 500);

/// <summary>One changed field as a person reads it: its label, and the old and new value in the page's unit (null: empty).</summary>
public sealed record AuditChange(string Label, string? Old, string? New);

/// <summary>
/// One audit entry, described: <see cref="Sentence"/> is what a person reads; <see cref="ActorRecorded"/>,
/// <see cref="EntityId"/>, <see cref="Before"/> and <see cref="After"/> are the stored values, for the export.
/// </summary>
public sealed record AuditRow(
    DateTime At,
    string Actor,
    string ActorRecorded,
    string Entity,
    string EntityName,
    string EntityId,
    string Action,
    string? Street,
    string Subject,
    IReadOnlyList<AuditChange> Changes,
    string? Reason,
    string Sentence,
    string? Before,
    string? After);

/// <summary>A street to filter by: its code (the query's value) and its name (what the list shows).</summary>
public sealed record StreetChoice(string Code, string Name);

public sealed record AuditSearch(IReadOnlyList<AuditRow> Rows, bool Truncated, IReadOnlyList<string> Entities, IReadOnlyList<StreetChoice> Streets);
