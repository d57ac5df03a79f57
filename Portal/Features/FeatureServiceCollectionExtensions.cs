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
        services.AddScoped<IFundYearOverviewService, FundYearOverviewService>();
        services.AddScoped<IElderlySubsidyTotalsService, ElderlySubsidyTotalsService>();
        services.AddScoped<IProjectListService, ProjectListService>();
        services.AddScoped<IChildProtectionService, ChildProtectionService>();
        services.AddScoped<IStreetOverviewService, StreetOverviewService>();
        services.AddScoped<IUserDirectoryService, UserDirectoryService>();
        services.AddScoped<ISpendingService, SpendingService>();
        services.AddScoped<IProjectService, ProjectService>();
        services.AddScoped<IAnnualReportService, AnnualReportService>();
        services.AddScoped<IDashboardService, DashboardService>();
        services.AddScoped<ICityService, CityService>();
        services.AddScoped<IAuditTrailService, AuditTrailService>();
        services.AddScoped<ISecurityTrailService, SecurityTrailService>();
        services.AddScoped<IMonthlyEntryService, MonthlyEntryService>();
        services.AddScoped<IReviewService, ReviewService>();
        services.AddScoped<IFundYearAdminService, FundYearAdminService>();
        services.AddSubsidyImport(configuration);
        return services;
    }
}
