using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Security;
using Portal.Tests.Support;

namespace Portal.Tests.EndToEnd;

/// <summary>An unhandled error in production shows a Chinese page without internals, and is logged.</summary>
public sealed class ErrorPageTests
{
    [Fact]
    public async Task An_unreachable_sign_on_gives_the_chinese_error_page_without_internals_and_is_logged()
    {
        var logs = new LogCapture();
        await using var host = new PortalHost()
            .InEnvironment("Production")
            .With("AzureAd:Instance", "http://127.0.0.1:9/")
            .With("AzureAd:TenantId", "bureau-tenant")
            .With("AzureAd:ClientId", "portal")
            .With("AzureAd:ClientSecret", "not-a-secret")
            .With(SingleSignOnSetup.LoopbackProviderSetting, "true")
            .WithLogging(logs);

        // Signing in asks the provider for its metadata; nothing listens there, so the request fails.
        var response = await host.Browser().GetAsync(new Uri("/account/signin", UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("出错了", body, StringComparison.Ordinal);
        Assert.Contains("数据未被修改", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Error);
    }
}
