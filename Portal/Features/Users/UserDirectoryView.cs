namespace Portal.Features.Users;

public sealed record UserDirectoryView(IReadOnlyList<AccountRow> Accounts, IReadOnlyList<StreetOption> Streets);

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
