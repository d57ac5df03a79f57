namespace Portal.Infrastructure.Telemetry;

/// <summary>
/// The "Portal:Telemetry" section. The OTLP exporter is configured the standard way, by the
/// OTEL_EXPORTER_OTLP_ENDPOINT setting (and OTEL_EXPORTER_OTLP_PROTOCOL, OTEL_EXPORTER_OTLP_HEADERS);
/// JSON console logs by Logging:Console:FormatterName=json. Only the Prometheus endpoint is the portal's own.
/// </summary>
public sealed class TelemetryOptions
{
    public const string Section = "Portal:Telemetry";

    public PrometheusOptions Prometheus { get; } = new();

    /// <summary>
    /// <c>/metrics</c> in Prometheus' text format, answered only to a scraper that sends
    /// <c>Authorization: Bearer &lt;Key&gt;</c>, or that connects directly (not through a proxy) from one of
    /// <see cref="AllowedNetworks"/>. Everyone else gets 404, as if there were no such address.
    /// </summary>
    public sealed class PrometheusOptions
    {
        public bool Enabled { get; set; }

        public string Path { get; set; } = "/metrics";

        /// <summary>A random secret of at least 32 characters, from the environment or a secret store.</summary>
        public string? Key { get; set; }

        /// <summary>Networks such as 10.0.5.0/24 (the monitoring host) or 127.0.0.1/32 that may scrape without the key.</summary>
        public List<string> AllowedNetworks { get; } = [];
    }
}
