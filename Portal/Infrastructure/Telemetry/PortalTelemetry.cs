using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Portal.Infrastructure.Settings;

namespace Portal.Infrastructure.Telemetry;

/// <summary>
/// OpenTelemetry as .NET applications usually wire it: the framework's own meters and activity sources
/// (ASP.NET Core, Kestrel, SignalR, Blazor's circuits, EF Core, Npgsql, the runtime) and the portal's
/// (<see cref="PortalMetrics"/>), exported over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set and scraped by
/// Prometheus when <c>Portal:Telemetry:Prometheus</c> turns it on. With neither, nothing is collected.
/// </summary>
public static class PortalTelemetry
{
    public const string ServiceName = "welfare-lottery-portal";

    /// <summary>The standard setting that turns the OTLP exporter on (traces, metrics and logs).</summary>
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    private static readonly string[] Meters =
    [
        PortalMetrics.MeterName,
        // Requests, connections and TLS handshakes, routing, unhandled exceptions, sign-ins and authorization.
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.Routing",
        "Microsoft.AspNetCore.Diagnostics",
        "Microsoft.AspNetCore.Authentication",
        "Microsoft.AspNetCore.Authorization",
        // SignalR's connections, which carry every circuit.
        "Microsoft.AspNetCore.Http.Connections",
        // Blazor (.NET 10): circuits open and connected, navigation, event handling, rendering.
        "Microsoft.AspNetCore.Components",
        "Microsoft.AspNetCore.Components.Lifecycle",
        "Microsoft.AspNetCore.Components.Server.Circuits",
        // EF Core's queries, saves and context pool; Npgsql's connections and commands on PostgreSQL.
        "Microsoft.EntityFrameworkCore",
        "Npgsql",
        // The runtime's own meter (.NET 9 and later): GC, heap, JIT, thread pool, exceptions, CPU.
        "System.Runtime",
        // The sign-on's back channel.
        "System.Net.Http",
    ];

    private static readonly string[] Sources =
    [
        "Microsoft.AspNetCore.Components",
        "Microsoft.AspNetCore.Components.Server.Circuits",
        "Microsoft.AspNetCore.SignalR.Server",
        "System.Net.Http",
    ];

    public static void AddPortalTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddPortalMetrics();
        builder.Services.AddCheckedOptions<TelemetryOptions, TelemetryOptionsCheck>(builder.Configuration, TelemetryOptions.Section);
        // A value that is not a boolean is left to the start-up check, which names it; here it only means "off".
        var prometheus = bool.TryParse(builder.Configuration[$"{TelemetryOptions.Section}:Prometheus:Enabled"], out var enabled) && enabled;
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointSetting]);
        if (!prometheus && !otlp)
            return;

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName, serviceInstanceId: Environment.MachineName))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(Meters);
                if (prometheus)
                    metrics.AddPrometheusExporter();
            });
        if (!otlp)
            return;

        // Traces and logs only go somewhere over OTLP; without it they are not collected at all.
        telemetry.WithTracing(tracing => tracing
            .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = context => !IsProbe(context.Request.Path))
            .AddEntityFrameworkCoreInstrumentation()
            .AddNpgsql()
            .AddSource(Sources));
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });
        telemetry.UseOtlpExporter();
    }

    /// <summary>The scrape endpoint, when turned on: answered only as <see cref="ScrapeGuard"/> allows.</summary>
    public static void MapPortalMetrics(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<TelemetryOptions>>().Value.Prometheus;
        if (!options.Enabled)
            return;
        var guard = new ScrapeGuard(options);
        app.MapPrometheusScrapingEndpoint(options.Path, meterProvider: null, configureBranchedPipeline: branch => branch.Use(guard.InvokeAsync), optionsName: null)
            .AllowAnonymous()
            .DisableHttpMetrics();
    }

    private static bool IsProbe(PathString path) =>
        path.StartsWithSegments("/healthz") || path.StartsWithSegments("/metrics");
}
