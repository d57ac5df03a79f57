namespace Portal.Features.Users;

/// <summary>The accounts, the streets they can be put in, and the district's approval rule with its version.</summary>
public sealed record UserDirectoryView(IReadOnlyList<AccountRow> Accounts, IReadOnlyList<StreetOption> Streets, bool SeparateApproval, Guid DistrictVersion);

public sealed record AccountRow(
    Guid Id,
    string ObjectId,
    string Name,
    string? Email,
    string? StreetCode,
    string? StreetName,
    bool IsDisabled,
    DateTime FirstSignIn,
    DateTime LastSignIn,
    Guid Version);

public sealed record StreetOption(string Code, string Name);
