using System.Diagnostics;
using System.Globalization;

namespace Portal.Benchmarks;

/// <summary>One figure next to its floor (the least work that gives the same answer), measured in the same run.</summary>
public sealed record Measurement(string Figure, double P50Ms, double P95Ms, string Baseline, double BaselineP50Ms)
{
    public double Ratio => BaselineP50Ms <= 0 ? double.NaN : P50Ms / BaselineP50Ms;

    public static async Task<(double P50, double P95)> TimeAsync(Func<Task> action, int warmups, int runs)
    {
        ArgumentNullException.ThrowIfNull(action);
        for (var i = 0; i < warmups; i++)
            await action();
        var samples = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await action();
            samples.Add(watch.Elapsed.TotalMilliseconds);
        }

        samples.Sort();
        return (samples[samples.Count / 2], samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(samples.Count * 0.95) - 1)]);
    }

    public static string Table(IEnumerable<Measurement> measurements)
    {
        ArgumentNullException.ThrowIfNull(measurements);
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}"),
            "| figure | p50 ms | p95 ms | baseline | baseline p50 ms | ratio |",
            "|---|---|---|---|---|---|",
        };
        lines.AddRange(measurements.Select(m => string.Create(CultureInfo.InvariantCulture,
            $"| {m.Figure} | {m.P50Ms:0.00} | {m.P95Ms:0.00} | {m.Baseline} | {m.BaselineP50Ms:0.00} | {m.Ratio:0.0}× |")));
        return string.Join(Environment.NewLine, lines);
    }
}
