using Microsoft.AspNetCore.Authorization;
using Portal.Domain.Common;
using Portal.Infrastructure.Data.Auditing;
using Portal.Infrastructure.Telemetry;

namespace Portal.Security;

public sealed partial class OperationAuthorizer(PortalUserAccessor users, IAuthorizationService authorization, PortalMetrics metrics, SecurityLog securityLog, ILogger<OperationAuthorizer> logger)
{
    /// <summary>
    /// Checks, on the server and against the database, that the current user may perform
    /// <paramref name="operation"/> on a resource of <paramref name="streetId"/> (null: district-wide).
    /// A refusal is logged, recorded in 访问与安全记录 (who, what, which street) and returned with a Chinese message.
    /// </summary>
    public async Task<Result<PortalUser>> AuthorizeAsync(PortalOperation operation, Guid? streetId, string resource, CancellationToken cancellationToken = default)
    {
        var user = await users.GetAsync(cancellationToken);
        var outcome = await authorization.AuthorizeAsync(user.Principal, new OperationTarget(user, streetId), new OperationRequirement(operation));
        if (outcome.Succeeded)
            return Result.Ok(user);

        LogDenied(logger, user.Id, user.Role ?? "(none)", user.StreetCode ?? "(none)", user.IsDisabled, operation, resource);
        metrics.Denied(operation.ToString());
        await securityLog.RecordAsync(
            SecurityEventKind.Denied,
            RefusedAccess.Actor(user),
            "被拒绝：" + OperationRules.DisplayName(operation) + RefusedAccess.Role(user.Role, user.IsDisabled),
            streetId,
            $"{operation} {resource}",
            CancellationToken.None);
        return Result.Fail<PortalUser>(AuthorizationMessages.Denied(user, OperationRules.ScopeOf(operation)));
    }

    [LoggerMessage(EventId = 4030, Level = LogLevel.Warning,
        Message = "Denied {Operation} on {Resource} for user {UserId} (role {Role}, street {Street}, disabled {Disabled})")]
    private static partial void LogDenied(ILogger logger, string userId, string role, string street, bool disabled, PortalOperation operation, string resource);
}
