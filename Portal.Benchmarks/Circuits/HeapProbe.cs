using System.Globalization;

namespace Portal.Benchmarks.Circuits;

/// <summary>
/// Asks an app under test for its memory after a full, compacting GC. The app runs the benchmark assembly as
/// a .NET startup hook (<c>DOTNET_STARTUP_HOOKS</c>, see <see cref="StartupHook"/>), so the portal and the
/// blank template are measured by the same code without either of them knowing about it.
/// </summary>
public sealed class HeapProbe(string folder)
{
    public const string FolderVariable = "PORTAL_BENCH_PROBE";

    public string Folder { get; } = folder;

    public async Task<HeapReading> ReadAsync(CancellationToken cancellationToken = default)
    {
        var response = Path.Combine(Folder, "response");
        File.Delete(response);
        await File.WriteAllTextAsync(Path.Combine(Folder, "request"), "gc", cancellationToken);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!File.Exists(response))
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("The app under test did not answer the heap probe: is the startup hook loaded?");
            await Task.Delay(20, cancellationToken);
        }

        var parts = (await File.ReadAllTextAsync(response, cancellationToken)).Split(' ');
        return new HeapReading(long.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture));
    }
}

/// <summary>Managed heap after a full GC, and the process's resident set at the same moment.</summary>
public readonly record struct HeapReading(long HeapBytes, long ResidentBytes);
