using System.Globalization;
using Microsoft.AspNetCore.Components.Authorization;
using Portal.Security;

namespace Portal.Features.ElderlySubsidy;

public static class ElderlySubsidyExportEndpoint
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>GET /exports/elderly-subsidies/{year}.xlsx: the dashboard's tables for district readers.</summary>
    public static IEndpointRouteBuilder MapElderlySubsidyExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/exports/elderly-subsidies/{year:int}.xlsx", async (int year, HttpContext context, IElderlySubsidyTotalsService totals, AuthenticationStateProvider authentication) =>
        {
            authentication.UseRequestUser(context);
            var data = await totals.TotalsAsync(year, context.RequestAborted);
            if (data.Refused is not null)
                return Results.Forbid();
            if (data.Value is null)
                return Results.NotFound(data.Missing);
            var name = string.Create(CultureInfo.InvariantCulture, $"老年人津贴补贴-{year}.xlsx");
            return Results.File(ElderlySubsidyWorkbook.Create(data.Value), XlsxContentType, name);
        }).RequireAuthorization(PortalPolicies.DistrictReader);
        return endpoints;
    }
}
