using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Portal.Security;

/// <summary>
/// A request the authorization middleware refuses to a signed-in user (a page or an export of another role:
/// a read-only user opening 访问与安全记录, street staff downloading the district's workbook) is recorded in
/// 访问与安全记录, then answered as the framework answers it (the no-access page, or 403 for a download).
/// </summary>
public sealed class RefusedRequestRecorder(RefusedAccess refused) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _framework = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (authorizeResult.Forbidden)
        {
            var path = context.Request.Path.Value ?? "/";
            await refused.RecordReadAsync(context.User, (MachineAddresses.Contains(context.Request) ? "下载 " : "打开页面 ") + path, path + context.Request.QueryString.Value);
        }

        await _framework.HandleAsync(next, context, policy, authorizeResult);
    }
}
