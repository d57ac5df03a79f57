using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace Portal.Benchmarks.Circuits;

/// <summary>
/// A Blazor Server user without a browser: what blazor.web.js does for one page, over the real circuit
/// protocol. It GETs the page with the user's cookies, reads the prerendered server component markers,
/// opens the <c>/_blazor</c> hub over WebSockets with the blazorpack protocol, starts a circuit and adds the
/// markers as root components (StartCircuit, then UpdateRootComponents: the .NET 8+ web app sequence),
/// applies every render batch to a <see cref="PageMirror"/> of the page and acknowledges it, answers the app's
/// JavaScript calls with an empty success (the tab's session storage, read through ProtectedSessionStorage,
/// then holds nothing), and clicks (or types) by dispatching a browser event to the renderer, with the handler
/// id the timed element has in the latest batch. It is timed until the render batch it causes arrives, and
/// counts only if the server then answers that it handled the event.
/// </summary>
public sealed partial class LightCircuit : ILightUser
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ClickTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long the server must have sent nothing before an event is dispatched: after its first render a page
    /// may render again (after-render work, answers to its JavaScript calls), and a batch arriving after the
    /// event would be timed as its answer.
    /// </summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(200);

    private readonly AppUnderTest _app;
    private readonly HubConnection _connection;
    private readonly PageMirror _page;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Held while a batch is applied and acknowledged, and while an event is dispatched: an event then carries
    /// the handler id of the last acknowledged batch, which the server keeps until a later batch is acknowledged.
    /// </summary>
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<(bool Succeeded, string Result)>> _answers = new();
    private TaskCompletionSource<TimeSpan>? _click;
    private long _clickSent;
    private long _lastMessage = Stopwatch.GetTimestamp();
    private long _rendererInterop = -1;
    private InvalidOperationException? _broken;
    private bool _readyTextSeen;
    private long _calls;

    private LightCircuit(AppUnderTest app, HubConnection connection)
    {
        _app = app;
        _connection = connection;
        _page = new PageMirror(app.EventName, app.ClickAttribute, app.ClickValue);
    }

    /// <summary>Errors the server reported on this circuit (JS.Error, a call it refused that was not a timed event); a healthy run has none.</summary>
    public string? Error { get; private set; }

    /// <summary>
    /// GETs the page; a page with server component markers gets a circuit, one without (static rendering)
    /// gets a <see cref="StaticReader"/>, as in a browser, where blazor.web.js starts no circuit for it.
    /// </summary>
    public static async Task<ILightUser> OpenAsync(AppUnderTest app, Uri baseUri, HttpClient http, CookieContainer cookies, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(baseUri);
        ArgumentNullException.ThrowIfNull(http);
        var pageUri = new Uri(baseUri, app.PagePath);
        var html = await http.GetStringAsync(pageUri, cancellationToken);
        if (!HasServerComponents(html))
            return StaticReader.Open(app, pageUri, html, http);

        var builder = new HubConnectionBuilder();
        // The last registered protocol is the one the connection uses.
        builder.Services.AddSingleton<IHubProtocol>(new BlazorPackProtocol());
        var connection = builder
            .WithUrl(new Uri(baseUri, "_blazor"), HttpTransportType.WebSockets, options =>
            {
                // blazor.web.js negotiates first; going straight to WebSockets saves a request and changes nothing on the circuit.
                options.SkipNegotiation = true;
                options.Cookies = cookies;
            })
            .Build();
        var circuit = new LightCircuit(app, connection);
        circuit.Listen();
        try
        {
            await connection.StartAsync(cancellationToken);
            var circuitId = await connection.InvokeAsync<string?>("StartCircuit", baseUri.ToString(), pageUri.ToString(), "[]", "", cancellationToken)
                ?? throw new InvalidOperationException($"{app.Name}: the server refused to start a circuit ({circuit.Error}).");
            _ = circuitId;
            await connection.SendAsync("UpdateRootComponents", RootComponents(html), ApplicationState(html), cancellationToken);
            await circuit._ready.Task.WaitAsync(ReadyTimeout, cancellationToken);
            return circuit;
        }
        catch
        {
            await circuit.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Once the page has settled, clicks the app's timed element, or types a new figure into it (an
    /// <c>input</c> event carrying the whole value, as blazor.web.js sends it), and returns the time until the
    /// resulting render batch arrived. An event the server refuses, or never answers, throws.
    /// </summary>
    public async Task<TimeSpan> ClickAsync(CancellationToken cancellationToken = default)
    {
        await SettleAsync(cancellationToken);
        var click = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
        var answer = new TaskCompletionSource<(bool Succeeded, string Result)>(TaskCreationOptions.RunContinuationsAsynchronously);
        var call = Interlocked.Increment(ref _calls);
        var callId = call.ToString(CultureInfo.InvariantCulture);
        _answers[callId] = answer;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_broken is not null)
                throw _broken;
            var (component, handler) = _page.Target()
                ?? throw new InvalidOperationException($"{_app.Name}: the page no longer shows the element to {_app.EventName} ({_app.ClickAttribute} {_app.ClickValue}).");
            var arguments = _app.EventName == "click"
                ? string.Create(CultureInfo.InvariantCulture,
                    $$"""[{"eventHandlerId":{{handler}},"eventName":"click","eventFieldInfo":null},{"type":"click","detail":1,"screenX":0,"screenY":0,"clientX":0,"clientY":0,"offsetX":0,"offsetY":0,"pageX":0,"pageY":0,"movementX":0,"movementY":0,"button":0,"buttons":0,"ctrlKey":false,"shiftKey":false,"altKey":false,"metaKey":false}]""")
                // A form field's event names the component that rendered it and the field's value, as blazor.web.js
                // sends it; ChangeEventArgs carry the value alone (the server refuses any other property).
                : string.Create(CultureInfo.InvariantCulture,
                    $$$"""[{"eventHandlerId":{{{handler}}},"eventName":"{{{_app.EventName}}}","eventFieldInfo":{"componentId":{{{component}}},"fieldValue":"{{{1000 + call}}}"}},{"value":"{{{1000 + call}}}"}]""");
            Volatile.Write(ref _click, click);
            Volatile.Write(ref _clickSent, Stopwatch.GetTimestamp());
            await _connection.SendAsync("BeginInvokeDotNetFromJS", callId, null, "DispatchEventAsync", _rendererInterop, arguments, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }

        try
        {
            // A refused event renders nothing: its answer comes instead.
            await Task.WhenAny(click.Task, answer.Task).WaitAsync(ClickTimeout, cancellationToken);
            if (answer.Task.IsCompleted && !answer.Task.Result.Succeeded)
                throw new InvalidOperationException($"{_app.Name}: the server refused the {_app.EventName}: {answer.Task.Result.Result}");
            var took = await click.Task.WaitAsync(ClickTimeout, cancellationToken);
            var (succeeded, result) = await answer.Task.WaitAsync(ClickTimeout, cancellationToken);
            return succeeded ? took : throw new InvalidOperationException($"{_app.Name}: the server refused the {_app.EventName}: {result}");
        }
        catch (TimeoutException timeout)
        {
            throw new TimeoutException($"{_app.Name}: no render or no answer within {ClickTimeout.TotalSeconds:0} s after the {_app.EventName}{(Error is null ? "" : "; the server reported: " + Error)}", timeout);
        }
        finally
        {
            _answers.TryRemove(callId, out _);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync();
        _gate.Dispose();
    }

    /// <summary>Waits until the server has sent nothing for <see cref="Quiet"/> (every batch it sent is then acknowledged).</summary>
    private async Task SettleAsync(CancellationToken cancellationToken)
    {
        while (Stopwatch.GetElapsedTime(Volatile.Read(ref _lastMessage)) is var since && since < Quiet)
            await Task.Delay(Quiet - since, cancellationToken);
    }

    private void Listen()
    {
        // The argument lists are those the .NET 10 server sends (CircuitClientProxy / RemoteJSRuntime / RemoteRenderer).
        _connection.On("JS.RenderBatch", [typeof(long), typeof(byte[])], OnRenderBatchAsync, this);
        _connection.On("JS.BeginInvokeJS", [typeof(long), typeof(string), typeof(string), typeof(int), typeof(long), typeof(int)], OnBeginInvokeJSAsync, this);
        _connection.On<string>("JS.Error", error => Error ??= error);
        // The answer to a dispatched event: handled, or refused (a handler id the server no longer knows, event arguments it cannot read).
        _connection.On<string, bool, string>("JS.EndInvokeDotNet", (callId, succeeded, result) =>
        {
            if (_answers.TryGetValue(callId, out var answer))
                answer.TrySetResult((succeeded, result));
            else if (!succeeded)
                Error ??= result;
        });
        _connection.On<long>("JS.EndUpdateRootComponents", _ => { });
    }

    private static async Task OnRenderBatchAsync(object?[] arguments, object state)
    {
        var circuit = (LightCircuit)state;
        Volatile.Write(ref circuit._lastMessage, Stopwatch.GetTimestamp());
        var batchId = (long)arguments[0]!;
        var batch = new RenderBatchReader((byte[])arguments[1]!);
        await circuit._gate.WaitAsync();
        try
        {
            try
            {
                circuit._page.Apply(batch);
            }
            catch (Exception exception) when (exception is InvalidOperationException or ArgumentOutOfRangeException)
            {
                // The mirror no longer matches the page: no handler id read from it can be trusted, so nothing more is sent.
                circuit._broken = new InvalidOperationException($"{circuit._app.Name}: render batch {batchId} could not be applied to the page: {exception.Message}", exception);
                circuit._ready.TrySetException(circuit._broken);
                Interlocked.Exchange(ref circuit._click, null)?.TrySetException(circuit._broken);
                return;
            }

            circuit._readyTextSeen |= !circuit._readyTextSeen && batch.Mentions(circuit._app.ReadyText);
            // Acknowledge as blazor.web.js does once it applied the batch: the server holds back further batches
            // otherwise, and only then forgets the handler ids the batch disposed.
            await circuit._connection.SendAsync("OnRenderCompleted", batchId, null);
            Interlocked.Exchange(ref circuit._click, null)?.TrySetResult(Stopwatch.GetElapsedTime(Volatile.Read(ref circuit._clickSent)));
            if (!circuit._ready.Task.IsCompleted && circuit._readyTextSeen && circuit._rendererInterop >= 0 && circuit._page.Target() is not null)
                circuit._ready.TrySetResult();
        }
        finally
        {
            circuit._gate.Release();
        }
    }

    private static async Task OnBeginInvokeJSAsync(object?[] arguments, object state)
    {
        var circuit = (LightCircuit)state;
        Volatile.Write(ref circuit._lastMessage, Stopwatch.GetTimestamp());
        var asyncHandle = (long)arguments[0]!;
        var identifier = (string)arguments[1]!;
        if (identifier == "Blazor._internal.attachWebRendererInterop")
        {
            // Arguments: renderer id, then a DotNetObjectReference to the renderer's interop methods, which receive events.
            using var json = JsonDocument.Parse((string)arguments[2]!);
            circuit._rendererInterop = json.RootElement[1].GetProperty("__dotNetObject").GetInt64();
        }

        if (asyncHandle != 0)
        {
            // "[handle, succeeded, result]": a void success, which is what most of the app's calls expect.
            var result = string.Create(CultureInfo.InvariantCulture, $"[{asyncHandle},true,null]");
            await circuit._connection.SendAsync("EndInvokeJSFromDotNet", asyncHandle, true, result);
        }
    }

    /// <summary>
    /// The root component operations blazor.web.js sends for a page's prerendered server components: one "add"
    /// per start marker (<c>&lt;!--Blazor:{"type":"server",...}--&gt;</c>), the marker itself plus a unique id.
    /// </summary>
    internal static string RootComponents(string html)
    {
        var operations = new List<object>();
        foreach (Match match in Marker().Matches(html))
        {
            var marker = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(match.Groups[1].Value)!;
            if (!marker.TryGetValue("type", out var type) || type.GetString() != "server")
                continue;
            var described = marker.ToDictionary(p => p.Key, p => (object)p.Value);
            described["uniqueId"] = operations.Count;
            operations.Add(new Dictionary<string, object> { ["type"] = "add", ["ssrComponentId"] = operations.Count, ["marker"] = described });
        }

        if (operations.Count == 0)
            throw new InvalidOperationException("The page has no interactive server component markers.");
        return JsonSerializer.Serialize(new { batchId = 1, operations });
    }

    internal static bool HasServerComponents(string html) =>
        Marker().Matches(html).Any(m => m.Groups[1].Value.Contains("\"type\":\"server\"", StringComparison.Ordinal));

    internal static string ApplicationState(string html) => State().Match(html) is { Success: true } match ? match.Groups[1].Value : "";

    [GeneratedRegex(@"<!--Blazor:(\{.*?\})-->", RegexOptions.Singleline)]
    private static partial Regex Marker();

    [GeneratedRegex(@"<!--Blazor-Server-Component-State:(.*?)-->", RegexOptions.Singleline)]
    private static partial Regex State();
}
