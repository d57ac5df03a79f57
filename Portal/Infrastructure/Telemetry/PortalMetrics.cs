using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Portal.Infrastructure.Telemetry;

/// <summary>
/// The portal's own measurements, on one meter ("Portal") beside the framework's: imports, saves that lost a
/// race, refused operations, and the wait for PostgreSQL's one-writer lock. Made once per host from its
/// <see cref="IMeterFactory"/>, so two portals in one process (the tests) never mix their figures. Every
/// call is one line at the place where the thing happens; what the names mean is in
/// docs/operations/metrics.md.
/// </summary>
public sealed class PortalMetrics
{
    public const string MeterName = "Portal";

    /// <summary>An import takes from under a second (a street's month) to about ten (100,000 rows on two cores).</summary>
    private static readonly double[] ImportSeconds = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 40, 80];

    /// <summary>A write waits milliseconds for the lock, unless an import or a long save holds it for seconds.</summary>
    private static readonly double[] LockSeconds = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly Counter<long> _importRows;
    private readonly Histogram<double> _importDuration;
    private readonly Counter<long> _saveConflicts;
    private readonly Counter<long> _denials;
    private readonly Histogram<double> _writeLockWait;

    public PortalMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _importRows = meter.CreateCounter<long>("portal.import.rows", "{row}",
            "Rows of monthly figures written by imports that committed.");
        _importDuration = meter.CreateHistogram("portal.import.duration", "s",
            "How long an import took from reading the file to its commit or refusal, by outcome.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = ImportSeconds });
        _saveConflicts = meter.CreateCounter<long>("portal.save.conflicts", "{conflict}",
            "Saves refused because someone else changed the same row first (the user is told to reload), by entity.");
        _denials = meter.CreateCounter<long>("portal.authorization.denials", "{denial}",
            "Operations refused by the server's authorization, by operation (reads count as \"Read\").");
        _writeLockWait = meter.CreateHistogram("portal.database.write_lock.wait", "s",
            "Time a PostgreSQL write transaction waited for the portal's one-writer advisory lock.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LockSeconds });
    }

    /// <summary>Starts timing an import; dispose it when the import ends, after <see cref="ImportMeasurement.Committed"/> if it did.</summary>
    public ImportMeasurement MeasureImport(string fileName) => new(this, fileName);

    public void SaveConflict(string? entity) =>
        _saveConflicts.Add(1, new KeyValuePair<string, object?>("portal.entity", entity ?? "unknown"));

    public void Denied(string operation) =>
        _denials.Add(1, new KeyValuePair<string, object?>("portal.operation", operation));

    public void WriteLockWaited(TimeSpan wait) => _writeLockWait.Record(wait.TotalSeconds);

    /// <summary>
    /// The metrics of the host that made this context's options (the portal's pooled factories do), or none
    /// for a context made outside dependency injection (the move command, tests).
    /// </summary>
    public static PortalMetrics? Of(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<PortalMetrics>();
    }

    /// <summary>One import from start to end: its duration by outcome and, if it committed, its rows.</summary>
    public sealed class ImportMeasurement : IDisposable
    {
        private readonly PortalMetrics _metrics;
        private readonly string _format;
        private readonly long _started = Stopwatch.GetTimestamp();
        private string _outcome = "not_committed";
        private bool _ended;

        internal ImportMeasurement(PortalMetrics metrics, string fileName)
        {
            _metrics = metrics;
            _format = Path.GetExtension(fileName).ToUpperInvariant() switch
            {
                ".CSV" => "csv",
                ".XLSX" => "xlsx",
                _ => "other",
            };
        }

        public void Committed(int rows)
        {
            _outcome = "committed";
            _metrics._importRows.Add(rows, new KeyValuePair<string, object?>("portal.import.format", _format));
        }

        public void Dispose()
        {
            if (_ended)
                return;
            _ended = true;
            _metrics._importDuration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds,
                new KeyValuePair<string, object?>("portal.import.format", _format),
                new KeyValuePair<string, object?>("portal.import.outcome", _outcome));
        }
    }
}
