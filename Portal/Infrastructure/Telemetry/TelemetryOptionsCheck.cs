using Portal.Infrastructure.Settings;

namespace Portal.Infrastructure.Telemetry;

/// <summary>A scrape endpoint that somebody can use, and that nobody else can.</summary>
public sealed class TelemetryOptionsCheck : SettingsCheck<TelemetryOptions>
{
    public const int ShortestKey = 32;
    private const string Section = TelemetryOptions.Section + ":Prometheus";

    protected override IEnumerable<string> Problems(TelemetryOptions options)
    {
        var prometheus = options.Prometheus;
        if (!prometheus.Enabled)
            yield break;
        if (string.IsNullOrWhiteSpace(prometheus.Key) && prometheus.AllowedNetworks.Count == 0)
            yield return $"{Section}:Enabled is true, but neither {Section}:Key nor {Section}:AllowedNetworks is set, so no scraper could read the metrics.";
        if (!string.IsNullOrEmpty(prometheus.Key) && prometheus.Key.Length < ShortestKey)
            yield return $"{Section}:Key must be at least {ShortestKey} characters (it has {prometheus.Key.Length}); make one with: openssl rand -hex 32.";
        foreach (var network in prometheus.AllowedNetworks.Where(n => !System.Net.IPNetwork.TryParse(n, out _)))
            yield return $"{Section}:AllowedNetworks holds '{network}', which is not a network such as 10.0.5.0/24 or 127.0.0.1/32.";
        if (!prometheus.Path.StartsWith('/') || prometheus.Path.Length < 2)
            yield return $"{Section}:Path must be a path such as /metrics (it is '{prometheus.Path}').";
    }
}
