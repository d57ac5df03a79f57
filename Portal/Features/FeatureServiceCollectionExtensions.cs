using Portal.Features.Audit;
using Portal.Features.ChildProtection;
using Portal.Features.City;
using Portal.Features.Dashboard;
using Portal.Features.ElderlySubsidy;
using Portal.Features.ElderlySubsidy.Import;
using Portal.Features.FundYears;
using Portal.Features.Reports;
using Portal.Features.SocialAssistance;
using Portal.Features.Streets;
using Portal.Features.Users;
using Portal.Infrastructure.Settings;
using Portal.Infrastructure.Telemetry;

namespace Portal.Features;

public static class FeatureServiceCollectionExtensions
{
    public static IServiceCollection AddPortalFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPortalMetrics();
        // Checked at start like every options class.
        services.AddCheckedOptions<PortalOptions>(configuration, PortalOptions.Section)
            .Validate(o => Domain.Common.Slug.IsValid(o.DistrictCode), PortalOptions.InvalidDistrictCode);
        services.AddScoped<FundYearLoader>();
        services.AddScoped<StreetScopeLoader>();
        services.AddScoped<DistrictScopeLoader>();
        services.AddScoped<FundYearOverviewService>();
        services.AddScoped<ElderlySubsidyTotalsService>();
        services.AddScoped<ProjectListService>();
        services.AddScoped<ChildProtectionService>();
        services.AddScoped<StreetOverviewService>();
        services.AddScoped<UserDirectoryService>();
        services.AddScoped<SpendingService>();
        services.AddScoped<ProjectService>();
        services.AddScoped<AnnualReportService>();
        services.AddScoped<DashboardService>();
        services.AddScoped<CityService>();
        services.AddScoped<DistrictSetupService>();
        services.AddScoped<AuditTrailService>();
        services.AddScoped<SecurityTrailService>();
        services.AddScoped<MonthlyEntryService>();
        services.AddScoped<ReviewService>();
        services.AddScoped<FundYearAdminService>();
        services.AddSubsidyImport(configuration);
        return services;
    }
}
