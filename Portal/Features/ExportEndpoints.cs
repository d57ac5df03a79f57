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
            var rows = search.Value.Rows.Select(r => new Dictionary<string, object?>
            {
                ["时间（北京时间）"] = r.At.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                ["操作人"] = r.Actor,
                ["街道"] = r.Street,
                ["操作"] = r.Action,
                ["对象"] = r.EntityName,
                ["内容"] = r.Subject,
                ["修改内容"] = string.Join("；", r.Changes.Select(c => $"{c.Label}：{c.Old ?? "（空）"} → {c.New ?? "（空）"}")),
                ["原因"] = r.Reason,
                ["记录"] = r.Sentence,
                ["操作人（存储值）"] = r.ActorRecorded,
                ["对象类型（存储值）"] = r.Entity,
                ["对象标识（存储值）"] = r.EntityId,
                ["修改前（存储值）"] = r.Before,
                ["修改后（存储值）"] = r.After,
            }).ToList();
            using var stream = new MemoryStream();
            MiniExcelLibs.MiniExcel.SaveAs(stream, rows);
            await log.RecordExportAsync(context, "操作记录.xlsx");
            return Results.File(stream.ToArray(), XlsxContentType, "操作记录.xlsx");
        }).RequireAuthorization(PortalPolicies.Manager);

        endpoints.MapGet("/exports/security.xlsx", async (string? user, string? street, string? kind, string? from, string? to, HttpContext context, Audit.SecurityTrailService security, AuthenticationStateProvider authentication, Infrastructure.Data.Auditing.SecurityLog log) =>
        {
            authentication.UseRequestUser(context);
            var search = await security.SearchAsync(new Audit.SecurityQuery(user, street, kind, Domain.Common.TypedInput.Date(from), Domain.Common.TypedInput.Date(to), 10_000), context.RequestAborted);
            if (search.Value is null)
                return Results.Forbid();
            var rows = search.Value.Rows.Select(r => new Dictionary<string, object?>
            {
                ["时间（北京时间）"] = r.At.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                ["类别"] = r.KindName,
                ["操作人"] = r.Actor,
                ["街道"] = r.Street,
                ["内容"] = r.What,
                ["记录"] = r.Sentence,
                ["操作人（存储值）"] = r.ActorRecorded,
                ["类别（存储值）"] = r.Kind,
                ["详情（存储值）"] = r.Detail,
            }).ToList();
            using var stream = new MemoryStream();
            MiniExcelLibs.MiniExcel.SaveAs(stream, rows);
            await log.RecordExportAsync(context, "访问与安全记录.xlsx");
            return Results.File(stream.ToArray(), XlsxContentType, "访问与安全记录.xlsx");
        }).RequireAuthorization(PortalPolicies.Manager);
        return endpoints;
    }
}
