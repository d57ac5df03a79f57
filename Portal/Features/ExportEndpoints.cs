using System.Globalization;
using Microsoft.AspNetCore.Components.Authorization;
using Portal.Security;

using Portal.Features.Dashboard;
using Portal.Features.ElderlySubsidy;

namespace Portal.Features;

/// <summary>The Excel exports behind the dashboards: every table a chart is drawn from.</summary>
public static class ExportEndpoints
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>/exports/elderly-subsidies/{year}.xlsx and /exports/dashboard/{year}.xlsx, for district readers.</summary>
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/exports/elderly-subsidies/{year:int}.xlsx", async (int year, HttpContext context, ElderlySubsidyTotalsService totals, AuthenticationStateProvider authentication, Infrastructure.Data.Auditing.SecurityLog log) =>
        {
            authentication.UseRequestUser(context);
            var data = await totals.TotalsAsync(year, context.RequestAborted);
            if (data.Refused is not null)
                return Results.Forbid();
            if (data.Value is null)
                return Results.NotFound(data.Missing);
            var name = string.Create(CultureInfo.InvariantCulture, $"老年人津贴补贴-{year}.xlsx");
            await log.RecordExportAsync(context, name);
            return Results.File(ElderlySubsidyWorkbook.Create(data.Value), XlsxContentType, name);
        }).RequireAuthorization(PortalPolicies.DistrictReader);

        endpoints.MapGet("/exports/dashboard/{year:int}.xlsx", async (int year, HttpContext context, DashboardService dashboard, AuthenticationStateProvider authentication, Infrastructure.Data.Auditing.SecurityLog log) =>
        {
            authentication.UseRequestUser(context);
            var data = await dashboard.DashboardAsync(year, null, context.RequestAborted);
            if (data.Refused is not null)
                return Results.Forbid();
            if (data.Value is null)
                return Results.NotFound(data.Missing);
            var name = string.Create(CultureInfo.InvariantCulture, $"总览-{year}.xlsx");
            await log.RecordExportAsync(context, name);
            return Results.File(DashboardWorkbook.Create(data.Value), XlsxContentType, name);
        }).RequireAuthorization(PortalPolicies.DistrictReader);

        endpoints.MapGet("/exports/audit.xlsx", async (string? user, string? street, string? entity, string? from, string? to, HttpContext context, Audit.AuditTrailService audit, AuthenticationStateProvider authentication, Infrastructure.Data.Auditing.SecurityLog log) =>
        {
            authentication.UseRequestUser(context);
            var search = await audit.SearchAsync(new Audit.AuditQuery(user, street, entity, Domain.Common.TypedInput.Date(from), Domain.Common.TypedInput.Date(to), 10_000), context.RequestAborted);
            if (search.Value is null)
                return Results.Forbid();
            await log.RecordExportAsync(context, "操作记录.xlsx");
            return Results.File(Audit.AuditWorkbooks.Trail(search.Value.Rows), XlsxContentType, "操作记录.xlsx");
        }).RequireAuthorization(PortalPolicies.Manager);

        endpoints.MapGet("/exports/security.xlsx", async (string? user, string? street, string? kind, string? from, string? to, HttpContext context, Audit.SecurityTrailService security, AuthenticationStateProvider authentication, Infrastructure.Data.Auditing.SecurityLog log) =>
        {
            authentication.UseRequestUser(context);
            var search = await security.SearchAsync(new Audit.SecurityQuery(user, street, kind, Domain.Common.TypedInput.Date(from), Domain.Common.TypedInput.Date(to), 10_000), context.RequestAborted);
            if (search.Value is null)
                return Results.Forbid();
            await log.RecordExportAsync(context, "访问与安全记录.xlsx");
            return Results.File(Audit.AuditWorkbooks.Security(search.Value.Rows), XlsxContentType, "访问与安全记录.xlsx");
        }).RequireAuthorization(PortalPolicies.Manager);
        return endpoints;
    }
}
