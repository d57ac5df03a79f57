using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Portal.Benchmarks.Circuits;

/// <summary>
/// A reader of a page rendered as static HTML: the page starts no circuit, so the reader holds nothing on the
/// server between requests. Its only interaction that reaches the server is the page's year form, which asks
/// for the page again with <c>?year=</c>; that request is timed until the whole page has arrived.
/// </summary>
public sealed partial class StaticReader : ILightUser
{
    private readonly HttpClient _http;
    private readonly Uri _again;

    private StaticReader(HttpClient http, Uri again)
    {
        _http = http;
        _again = again;
    }

    public static StaticReader Open(AppUnderTest app, Uri pageUri, string html, HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(html);
        if (!html.Contains(app.ReadyText, StringComparison.Ordinal))
            throw new InvalidOperationException($"{app.Name}: the page does not show \"{app.ReadyText}\".");
        var year = SelectedYear().Match(html);
        var again = year.Success ? new Uri(pageUri, $"?year={year.Groups[1].Value}") : pageUri;
        return new StaticReader(http, again);
    }

    public async Task<TimeSpan> ClickAsync(CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        using var response = await _http.GetAsync(_again, HttpCompletionOption.ResponseContentRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        return watch.Elapsed;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [GeneratedRegex("<option value=\"(\\d+)\" selected")]
    private static partial Regex SelectedYear();
}
