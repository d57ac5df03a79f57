using System.Net;
using System.Text.RegularExpressions;
using Portal.Infrastructure.Data.Backups;

namespace Portal.Tests.EndToEnd;

/// <summary>The 备份 page as a manager's browser uses it: open it, press 立即备份 (a form post with the page's token), download.</summary>
internal static partial class BackupPage
{
    /// <summary>The antiforgery token of the page's form.</summary>
    public static async Task<string> TokenAsync(HttpClient manager)
    {
        var html = await manager.GetStringAsync(new Uri(BackupEndpoint.PagePath, UriKind.Relative), TestContext.Current.CancellationToken);
        return WebUtility.HtmlDecode(Token().Match(html) is { Success: true } match ? match.Groups["token"].Value : throw new InvalidOperationException("No antiforgery token on the backup page."));
    }

    /// <summary>Posts the page's form; returns the name of the backup taken.</summary>
    public static async Task<string> TakeAsync(HttpClient manager)
    {
        using var form = new FormUrlEncodedContent([new("__RequestVerificationToken", await TokenAsync(manager))]);
        var response = await manager.PostAsync(new Uri(BackupEndpoint.TakePath, UriKind.Relative), form, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        return Uri.UnescapeDataString(location[(location.IndexOf("taken=", StringComparison.Ordinal) + "taken=".Length)..]);
    }

    public static async Task<byte[]> DownloadAsync(HttpClient manager, string name)
    {
        var response = await manager.GetAsync(new Uri($"{BackupEndpoint.FilesPath}/{Uri.EscapeDataString(name)}", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
    }

    public static async Task<byte[]> TakeAndDownloadAsync(HttpClient manager) => await DownloadAsync(manager, await TakeAsync(manager));

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"(?<token>[^\"]+)\"")]
    private static partial Regex Token();
}
