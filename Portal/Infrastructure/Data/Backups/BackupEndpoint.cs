using Portal.Security;

namespace Portal.Infrastructure.Data.Backups;

public static class BackupEndpoint
{
    /// <summary>GET /admin/backup: a manager takes an online backup now and downloads it.</summary>
    public static IEndpointRouteBuilder MapBackupDownload(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/admin/backup", async (DatabaseBackup backup, DatabaseSettings database, HttpContext context) =>
        {
            if (database.Provider != DatabaseProvider.Sqlite)
                return Results.Text(BackupMessages.UsePgDump, "text/plain; charset=utf-8", statusCode: StatusCodes.Status409Conflict);
            var path = await backup.CreateAsync(context.RequestAborted);
            return Results.File(await File.ReadAllBytesAsync(path, context.RequestAborted), "application/vnd.sqlite3", Path.GetFileName(path));
        }).RequireAuthorization(PortalPolicies.Manager);
        return endpoints;
    }
}
