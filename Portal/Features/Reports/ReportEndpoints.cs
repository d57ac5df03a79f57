using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components.Authorization;
using Portal.Security;

namespace Portal.Features.Reports;

public static class ReportEndpoints
{
    /// <summary>The Word file and the open data of a year's report, for everyone who may read district figures.</summary>
    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/reports/{year:int}.docx", async (int year, int? version, HttpContext context, AnnualReportService reports, AuthenticationStateProvider authentication, Infrastructure.Data.Auditing.SecurityLog log) =>
        {
            authentication.UseRequestUser(context);
            var page = await reports.ReportAsync(year, version, context.RequestAborted);
            if (page.Refused is not null)
                return Results.Forbid();
            if (page.Value is null)
                return Results.NotFound(page.Missing);
            var name = string.Create(CultureInfo.InvariantCulture, $"{year}年福彩公益金使用管理情况报告{(page.Value.Version is { } v ? $"（第{v}版）" : "（草稿）")}.docx");
            await log.RecordExportAsync(context, name);
            return Results.File(ReportDocument.Create(page.Value.Report), ReportDocument.ContentType, name);
        }).RequireAuthorization(PortalPolicies.DistrictReader);

        endpoints.MapGet("/api/years/{year:int}/disclosure", async (int year, HttpContext context, AnnualReportService reports, AuthenticationStateProvider authentication, Infrastructure.Data.Auditing.SecurityLog log) =>
        {
            authentication.UseRequestUser(context);
            var data = await reports.DisclosureAsync(year, context.RequestAborted);
            return data.Refused is not null ? Results.Forbid() : data.Value is null ? Results.NotFound(data.Missing) : Results.Json(data.Value);
        }).RequireAuthorization(PortalPolicies.DistrictReader);

        endpoints.MapGet("/api/years/{year:int}/disclosure.csv", async (int year, HttpContext context, AnnualReportService reports, AuthenticationStateProvider authentication, Infrastructure.Data.Auditing.SecurityLog log) =>
        {
            authentication.UseRequestUser(context);
            var data = await reports.DisclosureAsync(year, context.RequestAborted);
            if (data.Refused is not null)
                return Results.Forbid();
            if (data.Value is null)
                return Results.NotFound(data.Missing);
            var csv = new StringBuilder("项目,指标,数值,单位\r\n");
            foreach (var figure in DisclosureCsv.Header(data.Value).Concat(data.Value.Figures))
                csv.Append(Csv(figure.Item)).Append(',').Append(Csv(figure.Measure)).Append(',').Append(Csv(figure.Value)).Append(',').Append(Csv(figure.Unit)).Append("\r\n");
            var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
            var name = string.Create(CultureInfo.InvariantCulture, $"disclosure-{year}.csv");
            await log.RecordExportAsync(context, name);
            return Results.File(bytes, "text/csv; charset=utf-8", name);
        }).RequireAuthorization(PortalPolicies.DistrictReader);
        return endpoints;
    }

    private static string Csv(string value) => CsvCell.Escape(value);
}
