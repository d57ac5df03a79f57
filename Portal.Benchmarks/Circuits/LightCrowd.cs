using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace Portal.Benchmarks.Circuits;

/// <summary>
/// Many light circuits on one app process, all signed in as the same user. Each circuit, once open, clicks at
/// random intervals around a mean think time, like a user reading a page; every click is recorded with the
/// time it was sent so a measurement window can be cut out afterwards.
/// </summary>
public sealed class LightCrowd : IAsyncDisposable
{
    private readonly AppProcess _app;
    private readonly CookieContainer _cookies = new();
    private readonly HttpClient _http;
    private readonly ConcurrentBag<ILightUser> _circuits = [];
    private readonly ConcurrentQueue<(TimeSpan At, double Ms)> _clicks = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<Task> _users = [];
    private readonly TimeSpan _thinkTime;
    private int _failures;

    private LightCrowd(AppProcess app, TimeSpan thinkTime)
    {
        _app = app;
        _thinkTime = thinkTime;
        _http = new HttpClient(new SocketsHttpHandler { CookieContainer = _cookies, MaxConnectionsPerServer = 64 }) { Timeout = TimeSpan.FromSeconds(120) };
    }

    public int Count => _circuits.Count;

    /// <summary>Clicks that timed out or failed, and circuits that failed to open.</summary>
    public int Failures => _failures;

    public TimeSpan Now => _clock.Elapsed;

    public static async Task<LightCrowd> SignInAsync(AppProcess app, TimeSpan thinkTime)
    {
        ArgumentNullException.ThrowIfNull(app);
        var crowd = new LightCrowd(app, thinkTime);
        if (app.App.SignInPath is { } signIn)
            (await crowd._http.GetAsync(new Uri(app.BaseUri, signIn))).EnsureSuccessStatusCode();
        return crowd;
    }

    /// <summary>Opens circuits until there are <paramref name="total"/>, a few at a time; <paramref name="interact"/> starts their clicking.</summary>
    public async Task GrowToAsync(int total, bool interact)
    {
        using var gate = new SemaphoreSlim(8);
        var opening = Enumerable.Range(0, Math.Max(0, total - Count)).Select(async _ =>
        {
            await gate.WaitAsync();
            try
            {
                var circuit = await LightCircuit.OpenAsync(_app.App, _app.BaseUri, _http, _cookies, _stop.Token);
                _circuits.Add(circuit);
                if (interact)
                    lock (_users)
                        _users.Add(Task.Run(() => UserAsync(circuit)));
            }
            catch (Exception exception) when (exception is TimeoutException or HttpRequestException or InvalidOperationException or IOException)
            {
                if (Interlocked.Increment(ref _failures) <= 3)
                    Console.Error.WriteLine($"{_app.App.Name}: a circuit failed to open: {exception.Message}");
            }
            finally
            {
                gate.Release();
            }
        });
        await Task.WhenAll(opening);
    }

    /// <summary>Clicks on each open circuit in turn, <paramref name="rounds"/> times (not concurrently); milliseconds.</summary>
    public async Task<List<double>> ClickAllAsync(int rounds, int circuits)
    {
        var samples = new List<double>();
        var chosen = _circuits.Take(circuits).ToList();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var circuit in chosen)
                samples.Add((await circuit.ClickAsync(_stop.Token)).TotalMilliseconds);
        }

        return samples;
    }

    /// <summary>Click times (ms) of clicks sent between <paramref name="from"/> and <paramref name="to"/>.</summary>
    public List<double> ClicksBetween(TimeSpan from, TimeSpan to) => _clicks.Where(c => c.At >= from && c.At < to).Select(c => c.Ms).ToList();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        Task[] users;
        lock (_users)
            users = [.. _users];
        await Task.WhenAll(users);
        await Task.WhenAll(_circuits.Select(c => c.DisposeAsync().AsTask()));
        _http.Dispose();
        _stop.Dispose();
    }

    private async Task UserAsync(ILightUser circuit)
    {
        var random = new Random(circuit.GetHashCode());
        var mean = _thinkTime.TotalMilliseconds;
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                // Uniform between half and one and a half times the mean: users do not click in step.
                await Task.Delay(TimeSpan.FromMilliseconds(mean * (0.5 + random.NextDouble())), _stop.Token);
                var at = _clock.Elapsed;
                var took = await circuit.ClickAsync(_stop.Token);
                _clicks.Enqueue((at, took.TotalMilliseconds));
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is TimeoutException or InvalidOperationException or IOException)
            {
                Interlocked.Increment(ref _failures);
            }
        }
    }
}
