namespace Portal.Features.Audit;

/// <summary>A search of 访问与安全记录: any combination of user, street, kind and dates (inclusive, Beijing days).</summary>
public sealed record SecurityQuery(string? User = null, string? StreetCode = null, string? Kind = null, DateOnly? From = null, DateOnly? To = null, int Limit = 500);

/// <summary>
/// One access event as a person reads it (<see cref="Sentence"/>), with the stored actor and detail for the export.
/// Account changes (street, role, disabled) come from the audit trail and are described by <see cref="AuditDescriber"/>.
/// </summary>
public sealed record SecurityRow(DateTime At, string Actor, string ActorRecorded, string Kind, string KindName, string? Street, string What, string? Detail, string Sentence);

public sealed record SecurityKindChoice(string Kind, string Name);

public sealed record SecuritySearch(IReadOnlyList<SecurityRow> Rows, bool Truncated, IReadOnlyList<SecurityKindChoice> Kinds, IReadOnlyList<StreetChoice> Streets);
