using System.Globalization;

namespace Portal.Benchmarks.Circuits;

/// <summary>
/// Memory per connected interactive user and concurrent circuits at interaction p95 ≤ 250 ms, for portal pages
/// next to the blank template's counter page, all in the same run and measured the same way: the manager
/// dashboard (static, its readers hold no circuit), the project list, the street officer's monthly entry with a
/// month open, and a manager's project page. <c>circuits dashboard list entry project</c> names the pages to
/// measure (all when none is named); the blank template is always measured.
/// </summary>
public static class CircuitsSuite
{
    public const double LatencyTargetMs = 250;

    public static async Task<int> RunAsync(string[] args, bool smoke)
    {
        ArgumentNullException.ThrowIfNull(args);
        // --memory: memory per circuit and the 25-user clicks only, no ramp, on built (not published) apps: minutes, not an hour.
        var memoryOnly = args.Contains("--memory", StringComparer.Ordinal);
        args = [.. args.Where(a => a != "--memory")];
        var plan = smoke ? CircuitPlan.Smoke : memoryOnly ? CircuitPlan.Memory : CircuitPlan.Full;
        var chromium = ChromiumCircuits.Available();
        if (!chromium)
            Console.WriteLine($"Chromium not found at {ChromiumCircuits.ExecutablePath}: browser figures skipped (install: {ChromiumCircuits.InstallCommand}).");
        try
        {
            var blank = await Apps.BlankAsync(publish: !smoke && !memoryOnly);
            var portal = await Apps.PortalAsync(publish: !smoke && !memoryOnly);
            var pages = new (string Key, AppUnderTest App, string Label)[]
            {
                ("dashboard", portal, "portal (manager dashboard)"),
                ("list", portal with { Name = "portal-interactive", PagePath = "/social-assistance", ReadyText = "因素法分配福彩公益金项目" }, "portal (project list)"),
                ("entry", PortalPages.MonthlyEntry(portal), "portal (street officer's monthly entry, a month open)"),
                ("project", PortalPages.ProjectDetail(portal), "portal (project page, manager)"),
            };
            var chosen = args.Skip(1).ToHashSet(StringComparer.Ordinal);
            var measured = pages.Where(p => chosen.Count == 0 || chosen.Contains(p.Key)).ToList();
            var baseline = await MeasureAsync(blank, plan, chromium);
            var results = new List<AppCircuits>();
            foreach (var page in measured)
                results.Add(await MeasureAsync(page.App, plan, chromium));
            for (var i = 0; i < measured.Count; i++)
            {
                Console.WriteLine();
                Console.WriteLine(CircuitTable.Render(results[i], baseline, plan, measured[i].Label));
            }

            // The smoke run proves every page's interaction still works: a refused or unanswered event fails it.
            var failed = results.Prepend(baseline).Where(r => r.Ramp.Any(l => l.Failures > 0 || l.ClicksMs.Count == 0)).Select(r => r.Name).ToList();
            if (smoke && failed.Count > 0)
            {
                Console.Error.WriteLine($"circuits: clicks failed or none were made on {string.Join(", ", failed)}.");
                return 1;
            }

            return 0;
        }
        finally
        {
            // The smoke mode runs the cold start next on the same builds; its caller cleans up.
            if (!smoke)
                Apps.Clean();
        }
    }

    private static async Task<AppCircuits> MeasureAsync(AppUnderTest app, CircuitPlan plan, bool chromium)
    {
        var result = new AppCircuits(app.Name);
        if (chromium)
        {
            await using var process = await StartAsync(app);
            await using var warm = await WarmAsync(process, plan);
            var before = await process.Probe.ReadAsync();
            await using var browser = await ChromiumCircuits.LaunchAsync(process);
            for (var i = 0; i < plan.Agreement; i++)
                await browser.OpenAsync(process.App);
            var after = await process.Probe.ReadAsync();
            result.Chromium = new Level(plan.Agreement, before, after, await browser.ClickAllAsync(process.App, plan.AgreementRounds), 0);
            Console.WriteLine($"{app.Name}: Chromium ×{plan.Agreement}: {result.Chromium}");
        }

        await using (var process = await StartAsync(app))
        {
            await using var warm = await WarmAsync(process, plan);
            var before = await process.Probe.ReadAsync();
            await using var crowd = await LightCrowd.SignInAsync(process, plan.ThinkTime);
            await crowd.GrowToAsync(plan.Agreement, interact: false);
            var agreed = await process.Probe.ReadAsync();
            result.Light = new Level(plan.Agreement, before, agreed, await crowd.ClickAllAsync(plan.AgreementRounds, plan.Agreement), crowd.Failures);
            Console.WriteLine($"{app.Name}: light ×{plan.Agreement}: {result.Light}");

            foreach (var level in plan.Levels)
            {
                var failuresBefore = crowd.Failures;
                await crowd.GrowToAsync(level, interact: true);
                var reading = await process.Probe.ReadAsync();
                // The probe's full GC pauses the server: the window starts after it.
                await Task.Delay(plan.Settle);
                var from = crowd.Now;
                await Task.Delay(plan.Window);
                var held = new Level(crowd.Count, before, reading, crowd.ClicksBetween(from, crowd.Now), crowd.Failures - failuresBefore);
                result.Ramp.Add(held);
                Console.WriteLine($"{app.Name}: light ×{level}: {held}");
                if (!held.Holds(level))
                    break;
            }
        }

        return result;
    }

    private static async Task<AppProcess> StartAsync(AppUnderTest app)
    {
        var process = AppProcess.Start(app);
        using var http = new HttpClient();
        await process.WaitUntilAnswersAsync(http, app.HealthPath, TimeSpan.FromSeconds(120));
        await process.PrepareAsync();
        // Still answering after the preparation wrote to its database (otherwise: why it stopped).
        await process.WaitUntilAnswersAsync(http, app.HealthPath, TimeSpan.FromSeconds(120));
        return process;
    }

    /// <summary>
    /// A few circuits that stay open and click, so that what every circuit shares (compiled code, caches,
    /// pools) exists before the first reading and is not counted per circuit.
    /// </summary>
    private static async Task<LightCrowd> WarmAsync(AppProcess process, CircuitPlan plan)
    {
        var warm = await LightCrowd.SignInAsync(process, plan.ThinkTime);
        await warm.GrowToAsync(plan.Warm, interact: false);
        await warm.ClickAllAsync(5, plan.Warm);
        return warm;
    }
}

/// <summary>How many circuits, for how long. Full: the figures; smoke: seconds, to prove the code runs.</summary>
public sealed record CircuitPlan(int Warm, int Agreement, int AgreementRounds, IReadOnlyList<int> Levels, TimeSpan ThinkTime, TimeSpan Settle, TimeSpan Window)
{
    public static CircuitPlan Full { get; } = new(3, 25, 4, [250, 500, 1000, 2000, 3000], TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(30));

    public static CircuitPlan Memory { get; } = Full with { Levels = [] };

    public static CircuitPlan Smoke { get; } = new(1, 2, 2, [4], TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3));
}

/// <summary>What one app showed: Chromium and light client at the same small count, then the light-client ramp.</summary>
public sealed class AppCircuits(string name)
{
    public string Name { get; } = name;

    public Level? Chromium { get; set; }

    public Level? Light { get; set; }

    public List<Level> Ramp { get; } = [];

    /// <summary>The largest count held with p95 within target and no failures, or 0.</summary>
    public int MaxHeld => Ramp.Where(l => l.Holds(l.Circuits)).Select(l => l.Circuits).DefaultIfEmpty(0).Max();
}

/// <summary>Circuits open at a level, memory readings before and after them, and the click times seen there.</summary>
public sealed record Level(int Circuits, HeapReading Before, HeapReading After, List<double> ClicksMs, int Failures)
{
    public double HeapPerCircuitKb => (After.HeapBytes - Before.HeapBytes) / 1024.0 / Circuits;

    public double ResidentPerCircuitKb => (After.ResidentBytes - Before.ResidentBytes) / 1024.0 / Circuits;

    public double P50 => Percentile(0.50);

    public double P95 => Percentile(0.95);

    public bool Holds(int target) =>
        Circuits >= target && Failures == 0 && ClicksMs.Count > 0 && !ClicksMs.Any(ms => ms < 0) && P95 <= CircuitsSuite.LatencyTargetMs;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Circuits} circuits, heap {HeapPerCircuitKb:0} KB/circuit, RSS {ResidentPerCircuitKb:0} KB/circuit, {ClicksMs.Count} clicks p50 {P50:0.0} ms p95 {P95:0.0} ms, {Failures} failures");

    private double Percentile(double p)
    {
        if (ClicksMs.Count == 0)
            return double.NaN;
        var sorted = ClicksMs.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(sorted.Count * p) - 1)];
    }
}
