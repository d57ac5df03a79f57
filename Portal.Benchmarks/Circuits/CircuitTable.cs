using System.Globalization;

namespace Portal.Benchmarks.Circuits;

/// <summary>The circuits figures as markdown: the portal, the blank template, the ratio.</summary>
public static class CircuitTable
{
    public static string Render(AppCircuits portal, AppCircuits blank, CircuitPlan plan, string portalLabel)
    {
        ArgumentNullException.ThrowIfNull(portal);
        ArgumentNullException.ThrowIfNull(blank);
        ArgumentNullException.ThrowIfNull(plan);
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}{(plan.Levels.Count == 0 ? "" : $"; think time {plan.ThinkTime.TotalSeconds:0} s ± 50 % per user, window {plan.Window.TotalSeconds:0} s per level")}"),
            $"| figure | {portalLabel} | baseline: blank template (counter) | ratio |",
            "|---|---|---|---|",
        };

        void Row(string figure, double p, double b, string unit, string format = "0") =>
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"| {figure} | {p.ToString(format, CultureInfo.InvariantCulture)} {unit} | {b.ToString(format, CultureInfo.InvariantCulture)} {unit} | {p / b:0.0}× |"));

        // Without a ramp (--memory) the light client's only reading is the ×25 one, in its own row below.
        var (portalLargest, blankLargest) = (Largest(portal), Largest(blank));
        if (plan.Levels.Count > 0 && portalLargest is not null && blankLargest is not null)
        {
            Row($"heap per circuit after full GC, light client (portal ×{portalLargest.Circuits}, blank ×{blankLargest.Circuits})", portalLargest.HeapPerCircuitKb, blankLargest.HeapPerCircuitKb, "KB");
            Row("resident memory per circuit, same readings", portalLargest.ResidentPerCircuitKb, blankLargest.ResidentPerCircuitKb, "KB");
        }

        if (portal.Chromium is { } pc && blank.Chromium is { } bc)
        {
            Row($"heap per circuit, Chromium ×{pc.Circuits}", pc.HeapPerCircuitKb, bc.HeapPerCircuitKb, "KB");
            if (pc.ClicksMs.Count == 0)
            {
                // A static page starts no circuit in the browser: nothing on it reaches the server by clicking in place.
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"| click → render p50 / p95, Chromium ×{pc.Circuits} | no circuit (static page) | {bc.P50:0.0} / {bc.P95:0.0} ms | — |"));
            }
            else
            {
                Row($"click → render p50 / p95, Chromium ×{pc.Circuits}", pc.P50, bc.P50, "ms", "0.0");
                lines[^1] = lines[^1].Replace($" ms | {bc.P50.ToString("0.0", CultureInfo.InvariantCulture)} ms", string.Create(CultureInfo.InvariantCulture, $" / {pc.P95:0.0} ms | {bc.P50:0.0} / {bc.P95:0.0} ms"), StringComparison.Ordinal);
            }
        }

        if (portal.Light is { } pl && blank.Light is { } bl)
        {
            Row($"heap per circuit, light client ×{pl.Circuits}", pl.HeapPerCircuitKb, bl.HeapPerCircuitKb, "KB");
            Row($"click → render p50 / p95, light client ×{pl.Circuits}", pl.P50, bl.P50, "ms", "0.0");
            lines[^1] = lines[^1].Replace($" ms | {bl.P50.ToString("0.0", CultureInfo.InvariantCulture)} ms", string.Create(CultureInfo.InvariantCulture, $" / {pl.P95:0.0} ms | {bl.P50:0.0} / {bl.P95:0.0} ms"), StringComparison.Ordinal);
        }

        if (plan.Levels.Count == 0)
            return string.Join(Environment.NewLine, lines);

        var tested = plan.Levels.Max();
        lines.Add(string.Create(CultureInfo.InvariantCulture,
            $"| concurrent circuits held, p95 ≤ {CircuitsSuite.LatencyTargetMs:0} ms (tested up to {tested}) | {Held(portal, tested)} | {Held(blank, tested)} | {(double)portal.MaxHeld / Math.Max(1, blank.MaxHeld):0.00}× |"));

        lines.Add("");
        lines.Add("| circuits | portal heap KB/circuit | portal p50 / p95 ms | blank heap KB/circuit | blank p50 / p95 ms |");
        lines.Add("|---|---|---|---|---|");
        for (var i = 0; i < plan.Levels.Count; i++)
        {
            // The ramp stops at the first level that misses the target: later levels were not tried.
            var p = i < portal.Ramp.Count ? portal.Ramp[i] : null;
            var b = i < blank.Ramp.Count ? blank.Ramp[i] : null;
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"| {plan.Levels[i]} | {Cell(p, heap: true)} | {Cell(p, heap: false)} | {Cell(b, heap: true)} | {Cell(b, heap: false)} |"));
        }

        return string.Join(Environment.NewLine, lines);
    }

    private static string Held(AppCircuits app, int tested) => app.MaxHeld >= tested ? $"≥ {app.MaxHeld}" : app.MaxHeld.ToString(CultureInfo.InvariantCulture);

    /// <summary>The reading with most circuits up to 1,000: large enough that heap noise is small per circuit.</summary>
    private static Level? Largest(AppCircuits app) =>
        app.Ramp.Where(l => l.Circuits <= 1000).MaxBy(l => l.Circuits) ?? app.Ramp.FirstOrDefault() ?? app.Light;

    private static string Cell(Level? level, bool heap)
    {
        if (level is null)
            return "not tried";
        var note = level.Failures > 0 ? $" ({level.Failures} failed)" : "";
        return heap
            ? string.Create(CultureInfo.InvariantCulture, $"{level.HeapPerCircuitKb:0}")
            : string.Create(CultureInfo.InvariantCulture, $"{level.P50:0.0} / {level.P95:0.0}{note}");
    }
}
