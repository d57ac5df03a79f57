using Portal.Infrastructure.Data.Auditing;

namespace Portal.Security;

public static class SecurityLogExtensions
{
    /// <summary>Records who exported which file (the request's path and query are kept as the detail).</summary>
    public static Task RecordExportAsync(this SecurityLog log, HttpContext context, string file)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(context);
        var user = CurrentUser.From(context.User);
        return log.RecordAsync(SecurityEventKind.Export, user.AuditName, "导出 " + file, null,
            context.Request.Path.Value + context.Request.QueryString.Value, context.RequestAborted);
    }
}
