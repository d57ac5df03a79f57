using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Microsoft.Extensions.Options;
using Portal.Features.ElderlySubsidy.Import;
using Portal.Infrastructure.Data;

namespace Portal.Benchmarks.Import;

/// <summary>
/// The process's memory around twelve uploads of the generated workbook previewed at once by twelve managers,
/// as the portal's page previews an upload: once through the import's gate as configured by default, once with
/// the gate opened to all twelve. The managed heap and the working set are read after a forced, compacting
/// full collection before and after, and sampled while the previews run (peak).
/// </summary>
public static class ConcurrentImportMemory
{
    public const int Uploads = 12;

    public static string UserId(int number) => string.Create(CultureInfo.InvariantCulture, $"bench-import-user-{number:00}");

    public static async Task MeasureAsync(string database, byte[] workbook)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"memory around {Uploads} previews at once of the {workbook.Length / 1024.0 / 1024:0.0} MB workbook, one per manager (server GC: {GCSettings.IsServerGC}):"));
        Console.WriteLine("| gate | ran | refused | seconds | heap before MB | heap peak MB | heap after MB | working set before MB | peak MB | after MB |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
        var defaults = new ImportOptions();
        await MeasureAsync(database, workbook, defaults, string.Create(CultureInfo.InvariantCulture, $"default ({defaults.MaxConcurrent} at once, {defaults.MaxPerUser} per user)"));
        await MeasureAsync(database, workbook, new ImportOptions { MaxConcurrent = Uploads, MaxPerUser = Uploads }, string.Create(CultureInfo.InvariantCulture, $"opened to {Uploads}"));
    }

    private static async Task MeasureAsync(string database, byte[] workbook, ImportOptions limits, string gateName)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:" + DataServiceCollectionExtensions.ConnectionStringName] = $"Data Source={database}",
            ["Portal:DistrictCode"] = GeneratedImport.DistrictCode,
        }).Build();
        var gate = new ImportGate(Options.Create(limits));
        var providers = Enumerable.Range(1, Uploads).Select(n => ManagerServices.Build(UserId(n), "基准测试管理人员", configuration, services =>
        {
            services.AddSingleton(gate);
            services.AddPortalData(configuration, Path.GetDirectoryName(database)!);
        })).ToList();
        try
        {
            var (heapBefore, setBefore) = Settled();
            var peak = (Heap: heapBefore, Set: setBefore);
            using var sampling = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                while (!sampling.IsCancellationRequested)
                {
                    peak = (Math.Max(peak.Heap, GC.GetTotalMemory(forceFullCollection: false)), Math.Max(peak.Set, WorkingSet()));
                    await Task.Delay(20, CancellationToken.None);
                }
            });

            var (ran, refused, seconds) = await PreviewAllAsync(providers, workbook);
            await sampling.CancelAsync();
            await sampler;

            var (heapAfter, setAfter) = Settled();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {gateName} | {ran} | {refused} | {seconds:0.0} | {Mb(heapBefore)} | {Mb(peak.Heap)} | {Mb(heapAfter)} | {Mb(setBefore)} | {Mb(peak.Set)} | {Mb(setAfter)} |"));
        }
        finally
        {
            foreach (var provider in providers)
                await provider.DisposeAsync();
        }
    }

    /// <summary>
    /// Every manager's preview at once; only the counts come back, so that nothing of the previews stays
    /// reachable from the caller when memory is read after them.
    /// </summary>
    private static async Task<(int Ran, int Refused, double Seconds)> PreviewAllAsync(List<ServiceProvider> providers, byte[] workbook)
    {
        var watch = Stopwatch.StartNew();
        var previews = await Task.WhenAll(providers.Select(provider => Task.Run(async () =>
        {
            await using var scope = provider.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<SubsidyImportService>().PreviewAsync(new MemoryStream(workbook, writable: false), "generated.xlsx");
        })));
        var ran = previews.Count(p => p.CanCommit);
        var refused = previews.Count(p => p.FileError is ImportMessages.BusyOverall or ImportMessages.BusyForUser);
        if (ran + refused != providers.Count)
            throw new InvalidOperationException("A preview neither ran nor was refused by the gate: " + string.Join("; ", previews.Select(p => p.FileError)));
        return (ran, refused, watch.Elapsed.TotalSeconds);
    }

    /// <summary>The managed heap and the working set once a forced, compacting full collection has run.</summary>
    private static (long Heap, long WorkingSet) Settled()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return (GC.GetTotalMemory(forceFullCollection: false), WorkingSet());
    }

    private static long WorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024).ToString("N0", CultureInfo.InvariantCulture);
}
