using System.Net;
using System.Text.RegularExpressions;
using Portal.Tests.EndToEnd;

namespace Portal.Tests.Security;

/// <summary>
/// Refused reads, requested over HTTP, appear in 访问与安全记录 with who, what and which street: a street
/// officer opening another street's page, a read-only user opening an administrator's page and export.
/// </summary>
public sealed class RefusedReadRecordTests
{
    [Fact]
    public async Task Another_street_s_page_and_a_manager_s_page_and_export_appear_in_the_security_trail_once_each()
    {
        await using var host = new PortalHost();
        using var officer = await SignedInAsync(host, "staff-xinjiekou");
        using var viewer = await SignedInAsync(host, "viewer");
        using var manager = await SignedInAsync(host, "manager");

        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync(officer, "/streets/desheng")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync(officer, "/streets/desheng")).StatusCode);
        var page = await GetAsync(viewer, "/admin/security");
        Assert.Contains("/no-access", page.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync(viewer, "/exports/audit.xlsx?street=desheng")).StatusCode);

        var trail = await GetAsync(manager, "/admin/security");
        var html = WebUtility.HtmlDecode(await trail.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var sentences = Sentences(html);
        Assert.Single(sentences, s => s.EndsWith(" 德胜街道 新街口街道工作人员（演示） 被拒绝：查看街道页面（desheng）（街道工作人员）", StringComparison.Ordinal));
        Assert.Single(sentences, s => s.EndsWith(" 只读用户（演示） 被拒绝：打开页面 /admin/security（只读）", StringComparison.Ordinal));
        Assert.Single(sentences, s => s.EndsWith(" 只读用户（演示） 被拒绝：下载 /exports/audit.xlsx（只读）", StringComparison.Ordinal));
        Assert.Equal(3, Regex.Count(html, "拒绝的访问</td>"));
    }

    private static async Task<HttpClient> SignedInAsync(PortalHost host, string user)
    {
        var client = host.Browser();
        await GetAsync(client, $"/dev/login?user={user}");
        return client;
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, string path) =>
        client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

    private static List<string> Sentences(string html) =>
        [.. Regex.Matches(html, "<td class=\"audit-sentence\"[^>]*>([^<]*)</td>").Select(m => m.Groups[1].Value.Trim())];
}
