using Portal.Features;
using Portal.Infrastructure.Telemetry;

namespace Portal.Security;

public sealed partial class ReadAuthorizer(PortalUserAccessor users, PortalMetrics metrics, ILogger<ReadAuthorizer> logger)
{
    public Task<PortalUser> UserAsync(CancellationToken cancellationToken = default) => users.GetAsync(cancellationToken);

    /// <summary>Logs the refusal with user and resource and returns it for the page to show.</summary>
    public PageData<T> Refuse<T>(PortalUser user, string resource, string message)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(user);
        LogDenied(logger, user.Id, user.Role ?? "(none)", user.StreetCode ?? "(none)", user.IsDisabled, resource);
        metrics.Denied("Read");
        return PageData.Denied<T>(message);
    }

    [LoggerMessage(EventId = 4031, Level = LogLevel.Warning,
        Message = "Denied read of {Resource} for user {UserId} (role {Role}, street {Street}, disabled {Disabled})")]
    private static partial void LogDenied(ILogger logger, string userId, string role, string street, bool disabled, string resource);
}
