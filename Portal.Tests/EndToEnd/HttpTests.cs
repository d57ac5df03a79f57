using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Infrastructure.Data;

namespace Portal.Tests.EndToEnd;

/// <summary>The running portal over HTTP: health, sign-in, and the seeded overview.</summary>
public sealed class HttpTests
{
    [Fact]
    public async Task Healthz_answers_200_without_signing_in()
    {
        await using var host = new PortalHost();
        var response = await host.Browser().GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("/healthz/live")]
    [InlineData("/healthz/ready")]
    public async Task A_load_balancer_can_ask_whether_a_node_is_live_and_ready_without_signing_in(string path)
    {
        await using var host = new PortalHost();
        var response = await host.Browser().GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_sign_in_on_one_node_is_accepted_by_another_node_on_the_same_database_and_by_no_other()
    {
        await using var first = new PortalHost();
        await using var second = new PortalHost(first.DatabasePath);
        await using var elsewhere = new PortalHost();
        var signIn = await first.Browser().GetAsync(new Uri("/dev/login?user=viewer&returnUrl=/", UriKind.Relative), TestContext.Current.CancellationToken);
        var cookie = string.Join("; ", signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

        Assert.Equal(HttpStatusCode.OK, (await WithCookieAsync(second, cookie)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await WithCookieAsync(elsewhere, cookie)).StatusCode);
        await using var db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite($"Data Source={first.DatabasePath}").Options);
        Assert.NotEmpty(await db.DataProtectionKeys.ToListAsync(TestContext.Current.CancellationToken));
    }

    private static async Task<HttpResponseMessage> WithCookieAsync(PortalHost host, string cookie)
    {
        using var client = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/social-assistance");
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/elderly-subsidies")]
    [InlineData("/social-assistance")]
    [InlineData("/child-protection")]
    public async Task Every_page_sends_an_anonymous_visitor_to_the_sign_in(string path)
    {
        await using var host = new PortalHost();
        var response = await host.Browser().GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/dev/login", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_in_page_lists_the_manager_the_viewer_an_officer_per_street_and_two_edge_accounts()
    {
        await using var host = new PortalHost();
        var html = await host.Browser().GetStringAsync(new Uri("/dev/login", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("data-testid=\"demo-user-manager\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"demo-user-viewer\"", html, StringComparison.Ordinal);
        Assert.Equal(16, html.Split("data-testid=\"demo-user-staff-", StringSplitOptions.None).Length - 1);
        Assert.Contains("data-testid=\"demo-user-staff-xinjiekou\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"demo-user-staff-unassigned\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"demo-user-norole\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manager_signed_in_by_link_sees_the_2020_overview()
    {
        await using var host = new PortalHost();
        var browser = host.Browser();

        var signIn = await browser.GetAsync(new Uri("/dev/login?user=manager&returnUrl=/", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/", signIn.Headers.Location!.OriginalString);

        var html = await browser.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("2020 年福彩公益金总览", html, StringComparison.Ordinal);
        Assert.Contains("11,416", html, StringComparison.Ordinal);
        Assert.Contains("10,124", html, StringComparison.Ordinal);
        Assert.Contains("1,292", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_demo_user_is_refused_and_not_signed_in()
    {
        await using var host = new PortalHost();
        var browser = host.Browser();

        var response = await browser.GetAsync(new Uri("/dev/login?user=mallory", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("mallory", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        var page = await browser.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task The_sign_in_never_redirects_off_the_site(string returnUrl)
    {
        await using var host = new PortalHost();
        var response = await host.Browser().GetAsync(new Uri($"/dev/login?user=viewer&returnUrl={Uri.EscapeDataString(returnUrl)}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_second_start_on_the_same_file_keeps_what_was_changed_and_does_not_seed_again()
    {
        await using var first = new PortalHost();
        await first.Browser().GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);
        await using (var db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite($"Data Source={first.DatabasePath}").Options))
        {
            db.Actor = "测试";
            var year = await db.FundYears.SingleAsync(TestContext.Current.CancellationToken);
            Assert.True(year.ChangeProjectAllocation(year.Projects.Single(p => p.Order == 10).Id, Money.FromWanYuan(15)).IsSuccess);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var second = new PortalHost(first.DatabasePath);
        var browser = second.Browser();
        await browser.GetAsync(new Uri("/dev/login?user=viewer&returnUrl=/", UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await browser.GetStringAsync(new Uri("/social-assistance", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(10, html.Split("data-testid=\"project-row\"", StringSplitOptions.None).Length - 1);
        Assert.DoesNotContain(">15<span class=\"money-fraction\">.698<", html, StringComparison.Ordinal);
        Assert.Contains(">0<span class=\"money-fraction\">.698<", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/projects/7f000000-0000-0000-0000-000000000001", "找不到该项目", HttpStatusCode.NotFound)]
    [InlineData("/streets/nosuch", "没有代码为“nosuch”的街道", HttpStatusCode.NotFound)]
    [InlineData("/streets/nosuch/elderly-subsidies", "没有代码为“nosuch”的街道", HttpStatusCode.NotFound)]
    [InlineData("/reports/1999", "没有 1999 年的资金数据", HttpStatusCode.NotFound)]
    [InlineData("/social-assistance?year=1999", "没有 1999 年的资金数据", HttpStatusCode.NotFound)]
    [InlineData("/social-assistance?year=abc&asOf=2020-13-45", "2020 年因素法分配福彩公益金项目", HttpStatusCode.OK)]
    [InlineData("/projects/not-a-guid", "页面不存在", HttpStatusCode.NotFound)]
    [InlineData("/streets/xinjiekou/elderly-subsidies?year=2020&month=99", "新街口街道 · 2020 年老年人津贴补贴填报", HttpStatusCode.OK)]
    public async Task A_bad_address_gets_a_chinese_answer_with_its_status_and_no_error(string path, string expected, HttpStatusCode status)
    {
        await using var host = new PortalHost();
        var browser = host.Browser();
        await browser.GetAsync(new Uri("/dev/login?user=manager", UriKind.Relative), TestContext.Current.CancellationToken);

        var response = await browser.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(expected, body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }
}
