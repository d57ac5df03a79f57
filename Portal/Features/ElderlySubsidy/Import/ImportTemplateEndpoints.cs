using Portal.Security;

namespace Portal.Features.ElderlySubsidy.Import;

public static class ImportTemplateEndpoints
{
    /// <summary>The import templates, for anyone signed in who may enter figures.</summary>
    public static IEndpointRouteBuilder MapImportTemplates(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/elderly-subsidies/import/template.csv", () => Results.File(SubsidyImportTemplate.Csv(), "text/csv; charset=utf-8", "老年人津贴补贴导入模板.csv"))
            .RequireAuthorization(policy => policy.RequireRole(PortalRoles.Manager, PortalRoles.StreetStaff));
        endpoints.MapGet("/elderly-subsidies/import/template.xlsx", () => Results.File(SubsidyImportTemplate.Xlsx(), ExportEndpoints.XlsxContentType, "老年人津贴补贴导入模板.xlsx"))
            .RequireAuthorization(policy => policy.RequireRole(PortalRoles.Manager, PortalRoles.StreetStaff));
        return endpoints;
    }
}
