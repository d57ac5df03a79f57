using Portal.Domain.Common;

namespace Portal.Features.Users;

/// <summary>The user directory: which street each account belongs to, and which accounts are disabled. Managers only.</summary>
public interface IUserDirectoryService
{
    Task<PageData<UserDirectoryView>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Puts an account in a street (or no street with null). <paramref name="version"/> is the one the manager saw.</summary>
    Task<Result> AssignStreetAsync(Guid accountId, string? streetCode, Guid version, CancellationToken cancellationToken = default);

    Task<Result> DisableAsync(Guid accountId, Guid version, CancellationToken cancellationToken = default);

    Task<Result> EnableAsync(Guid accountId, Guid version, CancellationToken cancellationToken = default);

    /// <summary>
    /// Turns the district's separation of duties on (<paramref name="separate"/>) or off (a month approved by someone other than who last
    /// entered or submitted it). <paramref name="version"/> is the district's, as the manager saw it.
    /// </summary>
    Task<Result> SetSeparateApprovalAsync(bool separate, Guid version, CancellationToken cancellationToken = default);
}
