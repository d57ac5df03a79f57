using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Portal.Benchmarks.Circuits;

/// <summary>
/// A built web app (the portal or the blank template) and how to reach its measured page: the page, the text
/// that shows its interactive render arrived, the element whose event is timed (a click, or typing:
/// <see cref="EventName"/> <c>input</c>), and the sign-in if any. <see cref="Prepare"/>, when given, runs once
/// per started process before anyone opens the page (data the page needs) and returns the page's path.
/// </summary>
public sealed record AppUnderTest(
    string Name,
    string AssemblyPath,
    string PagePath,
    string ReadyText,
    string ClickAttribute,
    string ClickValue,
    string ChromiumSelector,
    string? SignInPath,
    string HealthPath,
    IReadOnlyDictionary<string, string> Environment)
{
    /// <summary>The timed browser event: <c>click</c>, or <c>input</c> (typing a figure into a field).</summary>
    public string EventName { get; init; } = "click";

    public Func<AppProcess, Task<string>>? Prepare { get; init; }
}

/// <summary>One running process of an <see cref="AppUnderTest"/> on a free loopback port, stopped on dispose.</summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly DirectoryInfo _folder;
    private readonly List<string> _output = [];

    private AppProcess(AppUnderTest app, Process process, DirectoryInfo folder, Uri baseUri, Stopwatch started)
    {
        App = app;
        _process = process;
        _folder = folder;
        BaseUri = baseUri;
        Started = started;
        Probe = new HeapProbe(folder.FullName);
    }

    /// <summary>The app as measured in this process: its page path is the one <see cref="AppUnderTest.Prepare"/> gave.</summary>
    public AppUnderTest App { get; private set; }

    public Uri BaseUri { get; }

    /// <summary>The process's own data folder (its database file, the heap probe's files).</summary>
    public string Folder => _folder.FullName;

    public HeapProbe Probe { get; }

    /// <summary>Running since <see cref="Process.Start()"/> was called: the cold-start clock.</summary>
    public Stopwatch Started { get; }

    public int ProcessId => _process.Id;

    /// <summary>
    /// Starts the app with the benchmark's startup hook loaded. Every app gets the same runtime settings
    /// (server GC, as ASP.NET Core apps default to), the Development environment (the portal's development
    /// sign-in needs it), warnings-only logging, and <paramref name="extra"/> on top.
    /// </summary>
    public static AppProcess Start(AppUnderTest app, IReadOnlyDictionary<string, string>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        var folder = Directory.CreateTempSubdirectory($"bench-{app.Name}-");
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet", [app.AssemblyPath])
        {
            WorkingDirectory = Path.GetDirectoryName(app.AssemblyPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning";
        info.Environment["DOTNET_STARTUP_HOOKS"] = typeof(AppProcess).Assembly.Location;
        info.Environment[HeapProbe.FolderVariable] = folder.FullName;
        foreach (var (key, value) in app.Environment)
            info.Environment[key] = value.Replace("{folder}", folder.FullName, StringComparison.Ordinal);
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
            info.Environment[key] = value.Replace("{folder}", folder.FullName, StringComparison.Ordinal);

        var started = Stopwatch.StartNew();
        var process = Process.Start(info) ?? throw new InvalidOperationException($"{app.Name} did not start.");
        var running = new AppProcess(app, process, folder, new Uri($"http://127.0.0.1:{port}/"), started);
        process.OutputDataReceived += (_, e) => running.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => running.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return running;
    }

    /// <summary>Polls <paramref name="path"/> until it answers 200 (following redirects with <paramref name="client"/>'s cookies).</summary>
    public async Task<TimeSpan> WaitUntilAnswersAsync(HttpClient client, string path, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(client);
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"{App.Name} exited with {_process.ExitCode}:{System.Environment.NewLine}{Output}");
            try
            {
                using var response = await client.GetAsync(new Uri(BaseUri, path));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    await response.Content.ReadAsByteArrayAsync();
                    return Started.Elapsed;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(5);
        }

        throw new TimeoutException($"{App.Name} did not answer {path} within {timeout}:{System.Environment.NewLine}{Output}");
    }

    /// <summary>Runs the app's <see cref="AppUnderTest.Prepare"/>, if any, and measures the page it names.</summary>
    public async Task PrepareAsync()
    {
        if (App.Prepare is { } prepare)
            App = App with { PagePath = await prepare(this) };
    }

    public string Output
    {
        get
        {
            lock (_output)
                return string.Join(System.Environment.NewLine, _output.TakeLast(40));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            _folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the dying process: the temp folder is cleaned by the OS later.
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
            return;
        lock (_output)
        {
            _output.Add(line);
            if (_output.Count > 200)
                _output.RemoveAt(0);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
