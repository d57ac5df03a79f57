using Portal.Benchmarks.Circuits;

namespace Portal.Benchmarks.ColdStart;

/// <summary>
/// Process start to the first rendered page: the portal's manager dashboard (development sign-in, then
/// <c>/</c> rendered on the server) on an already seeded database, and on its first-ever start (which creates
/// and seeds the database); the baseline is the blank template's counter page, measured the same way.
/// </summary>
public static class ColdStartSuite
{
    public static async Task<int> RunAsync(string[] args, bool smoke)
    {
        ArgumentNullException.ThrowIfNull(args);
        var runs = smoke ? 1 : 9;
        var seeded = Directory.CreateTempSubdirectory("bench-seeded-");
        try
        {
            var blank = await Apps.BlankAsync(publish: !smoke);
            var portal = await Apps.PortalAsync(publish: !smoke);
            var database = new Dictionary<string, string> { ["ConnectionStrings__Portal"] = $"Data Source={seeded.FullName}/portal.db" };

            // The first start seeds the database the later "seeded" starts use.
            var firstStart = new List<double>();
            var seededStart = new List<double>();
            var blankStart = new List<double>();
            await StartToFirstPageAsync(portal, database);
            for (var run = 0; run < runs; run++)
            {
                // Interleaved, so that the machine's other load falls on all three alike.
                blankStart.Add(await StartToFirstPageAsync(blank, null));
                seededStart.Add(await StartToFirstPageAsync(portal, database));
                firstStart.Add(await StartToFirstPageAsync(portal, null));
            }

            var (blankP50, _) = Percentiles(blankStart);
            var (seededP50, seededP95) = Percentiles(seededStart);
            var (firstP50, firstP95) = Percentiles(firstStart);
            Console.WriteLine($"cold start, {runs} runs each:");
            Console.WriteLine(Measurement.Table(
            [
                new("portal start → dashboard rendered, seeded database", seededP50, seededP95, "blank template start → counter page", blankP50),
                new("portal first start → dashboard rendered (creates and seeds the database)", firstP50, firstP95, "blank template start → counter page", blankP50),
            ]));
            return 0;
        }
        finally
        {
            if (!smoke)
                Apps.Clean();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            seeded.Delete(recursive: true);
        }
    }

    /// <summary>Milliseconds from starting the process to the first 200 of the app's first page, fully read.</summary>
    private static async Task<double> StartToFirstPageAsync(AppUnderTest app, IReadOnlyDictionary<string, string>? extra)
    {
        await using var process = AppProcess.Start(app, extra);
        using var http = new HttpClient(new SocketsHttpHandler { CookieContainer = new System.Net.CookieContainer() });
        var firstPage = app.SignInPath is { } signIn ? $"{signIn}&returnUrl={Uri.EscapeDataString(app.PagePath)}" : app.PagePath;
        return (await process.WaitUntilAnswersAsync(http, firstPage, TimeSpan.FromSeconds(120))).TotalMilliseconds;
    }

    private static (double P50, double P95) Percentiles(List<double> samples)
    {
        samples.Sort();
        return (samples[(samples.Count - 1) / 2], samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(samples.Count * 0.95) - 1)]);
    }
}
