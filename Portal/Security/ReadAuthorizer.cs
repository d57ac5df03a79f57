using Portal.Features;
using Portal.Infrastructure.Telemetry;

namespace Portal.Security;

public sealed partial class ReadAuthorizer(PortalUserAccessor users, PortalMetrics metrics, RefusedAccess refused, ILogger<ReadAuthorizer> logger)
{
    public Task<PortalUser> UserAsync(CancellationToken cancellationToken = default) => users.GetAsync(cancellationToken);

    /// <summary>
    /// Logs the refusal with user and resource, records it in 访问与安全记录 (who, what, which street) and
    /// returns it for the page to show.
    /// </summary>
    /// <param name="streetId">The street whose data was asked for, when it is one street's.</param>
    public async Task<PageData<T>> RefuseAsync<T>(PortalUser user, string resource, string message, Guid? streetId = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(resource);
        LogDenied(logger, user.Id, user.Role ?? "(none)", user.StreetCode ?? "(none)", user.IsDisabled, resource);
        metrics.Denied("Read");
        await refused.RecordReadAsync(user, "查看" + ReadResources.Describe(resource), resource, streetId);
        return PageData.Denied<T>(message);
    }

    /// <summary>
    /// A row asked for by id that exists in another district: the caller is told "not found", exactly as for an
    /// id that does not exist, and the attempt is recorded like any refused read.
    /// </summary>
    public Task RecordOtherDistrictAsync(PortalUser user, string resource)
    {
        ArgumentNullException.ThrowIfNull(user);
        LogDenied(logger, user.Id, user.Role ?? "(none)", user.StreetCode ?? "(none)", user.IsDisabled, resource);
        metrics.Denied("Read");
        return refused.RecordReadAsync(user, "查看其他区的" + ReadResources.Describe(resource), resource);
    }

    [LoggerMessage(EventId = 4031, Level = LogLevel.Warning,
        Message = "Denied read of {Resource} for user {UserId} (role {Role}, street {Street}, disabled {Disabled})")]
    private static partial void LogDenied(ILogger logger, string userId, string role, string street, bool disabled, string resource);
}
