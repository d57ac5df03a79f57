using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components.Authorization;
using Portal.Security;

namespace Portal.Infrastructure.Data.Backups;

/// <summary>
/// Backups for managers, from the 备份 page (<c>/admin/backups</c>): taking one is a POST that carries the
/// page's antiforgery token, so another website cannot make a manager's browser take backups; a download
/// streams a listed file from disk. Both are recorded in the audit trail with who did it.
/// </summary>
public static class BackupEndpoint
{
    public const string PagePath = "/admin/backups";
    public const string TakePath = "/admin/backups/take";
    public const string FilesPath = "/admin/backups/files";

    public static IEndpointRouteBuilder MapBackups(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(TakePath, async (HttpContext context, IAntiforgery antiforgery, DatabaseBackup backup, DatabaseSettings database, BackupAudit audit, PortalUserAccessor users, AuthenticationStateProvider authentication) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
                return Results.Text(BackupMessages.StaleForm, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            if (database.Provider != DatabaseProvider.Sqlite)
                return Results.Text(BackupMessages.UsePgDump, "text/plain; charset=utf-8", statusCode: StatusCodes.Status409Conflict);
            authentication.UseRequestUser(context);
            var user = await users.GetAsync(context.RequestAborted);
            var path = await backup.CreateAsync(BackupKind.Manual, context.RequestAborted);
            var file = backup.List().Single(f => f.Name == Path.GetFileName(path));
            await audit.RecordAsync(user, BackupAudit.Taken, file, context.RequestAborted);
            return Results.Redirect($"{PagePath}?taken={Uri.EscapeDataString(file.Name)}");
        }).RequireAuthorization(PortalPolicies.Manager).DisableAntiforgery();

        endpoints.MapGet(FilesPath + "/{name}", async (string name, HttpContext context, DatabaseBackup backup, BackupAudit audit, PortalUserAccessor users, AuthenticationStateProvider authentication) =>
        {
            if (backup.PathOf(name) is not { } path)
                return Results.NotFound();
            authentication.UseRequestUser(context);
            var user = await users.GetAsync(context.RequestAborted);
            var file = backup.List().Single(f => f.Name == name);
            await audit.RecordAsync(user, BackupAudit.Downloaded, file, context.RequestAborted);
            return Results.File(path, "application/vnd.sqlite3", name, enableRangeProcessing: true);
        }).RequireAuthorization(PortalPolicies.Manager);
        return endpoints;
    }
}
