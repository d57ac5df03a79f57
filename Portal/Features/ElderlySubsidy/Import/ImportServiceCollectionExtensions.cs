using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Portal.Features.ElderlySubsidy.Import;

public static class ImportServiceCollectionExtensions
{
    /// <summary>
    /// The import service and the gate that limits how many imports run at once (<see cref="ImportOptions"/>);
    /// a gate registered before stays, so that several containers of one process can share it.
    /// </summary>
    public static IServiceCollection AddSubsidyImport(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ImportOptions>(configuration.GetSection(ImportOptions.Section));
        services.TryAddSingleton<ImportGate>();
        services.AddScoped<SubsidyImportService>();
        return services;
    }
}
