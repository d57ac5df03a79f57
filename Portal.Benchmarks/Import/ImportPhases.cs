using System.Diagnostics;
using System.Globalization;
using Portal.Features.ElderlySubsidy.Import;

namespace Portal.Benchmarks.Import;

/// <summary>
/// Where an import's time goes, from the progress it reports as the page shows it (every
/// <see cref="ImportProgress.Step"/> rows checked, then written): reading the file (to the first rows
/// checked), checking every row, applying them to the domain and writing the new months (to the first lines
/// written), writing the lines, then the audit entries and the commit. Told synchronously, so the times
/// are the import's own.
/// </summary>
public sealed class ImportPhases : IProgress<ImportProgress>
{
    private static readonly string[] Names =
        ["services, reading the file, first rows checked", "checking the rows", "domain, new months written", "lines written", "audit entries written, commit, lines counted"];

    private readonly Stopwatch _watch = new();
    private double? _firstChecked;
    private double _lastChecked;
    private double? _firstWritten;
    private double _lastWritten;

    /// <summary>The import starts (the clock of <see cref="Split"/>'s total starts with it).</summary>
    public void Start() => _watch.Restart();

    public void Report(ImportProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var now = _watch.Elapsed.TotalMilliseconds;
        if (value.Stage == ImportProgress.Checking)
        {
            _firstChecked ??= now;
            _lastChecked = now;
        }
        else
        {
            _firstWritten ??= now;
            _lastWritten = now;
        }
    }

    /// <summary>Each phase in ms, the last one up to <paramref name="totalMs"/> (the import as timed).</summary>
    public double[] Split(double totalMs)
    {
        var first = _firstChecked ?? 0;
        var written = _firstWritten ?? _lastChecked;
        return [first, _lastChecked - first, written - _lastChecked, _lastWritten - written, totalMs - _lastWritten];
    }

    /// <summary>The p50 of each phase over the runs.</summary>
    public static string Table(IReadOnlyList<double[]> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var lines = new List<string> { "where the XLSX import's time goes (p50 of each phase, from its progress reports):", "| phase | p50 ms |", "|---|---|" };
        for (var phase = 0; phase < Names.Length; phase++)
        {
            var samples = runs.Select(r => r[phase]).Order().ToList();
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"| {Names[phase]} | {samples[samples.Count / 2]:0} |"));
        }

        return string.Join(Environment.NewLine, lines);
    }
}
