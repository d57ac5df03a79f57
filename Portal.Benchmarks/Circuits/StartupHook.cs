using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime;
using Portal.Benchmarks.Circuits;

/// <summary>
/// Loaded into an app under test by <c>DOTNET_STARTUP_HOOKS</c> (the runtime requires this exact name, in no
/// namespace). When the benchmark drops a "request" file into the probe folder it collects the whole heap,
/// compacting the large-object heap too, and writes heap and resident bytes to "response". Only types of the
/// base library are used here, so loading it pulls nothing else into the app.
/// </summary>
[SuppressMessage("Design", "CA1050:Declare types in namespaces", Justification = "The runtime looks the startup hook up by this global name.")]
internal static class StartupHook
{
    public static void Initialize()
    {
        var folder = Environment.GetEnvironmentVariable(HeapProbe.FolderVariable);
        if (string.IsNullOrEmpty(folder))
            return;
        new Thread(() => Serve(folder)) { IsBackground = true, Name = "heap-probe" }.Start();
    }

    private static void Serve(string folder)
    {
        var request = Path.Combine(folder, "request");
        var response = Path.Combine(folder, "response");
        while (true)
        {
            if (File.Exists(request))
            {
                File.Delete(request);
                GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                GC.WaitForPendingFinalizers();
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                var heap = GC.GetTotalMemory(forceFullCollection: false);
                using var process = Process.GetCurrentProcess();
                File.WriteAllText(response + ".tmp", string.Create(CultureInfo.InvariantCulture, $"{heap} {process.WorkingSet64}"));
                File.Move(response + ".tmp", response, overwrite: true);
            }

            Thread.Sleep(50);
        }
    }
}
