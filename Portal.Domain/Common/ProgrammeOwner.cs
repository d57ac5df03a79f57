namespace Portal.Domain.Common;

/// <summary>A person responsible (负责人) and their phone, with what they answer for (高龄津贴).</summary>
public sealed record ProgrammeOwner(string Name, string? Phone, string? ResponsibleFor);
