namespace Portal.Features.Audit;

/// <summary>A search of the audit trail: any combination of user, street, entity and dates (inclusive).</summary>
public sealed record AuditQuery(string? User = null, string? StreetCode = null, string? Entity = null, DateOnly? From = null, DateOnly? To = null, int Limit = 500);

public sealed record AuditRow(DateTime At, string Actor, string Entity, string EntityName, string EntityId, string Action, string? Street, string? Before, string? After);

public sealed record AuditSearch(IReadOnlyList<AuditRow> Rows, bool Truncated, IReadOnlyList<string> Entities, IReadOnlyList<Users.StreetOption> Streets);
