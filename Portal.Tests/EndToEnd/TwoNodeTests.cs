using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Portal.Infrastructure.Data;
using Portal.Tests.Support;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// The city deployment in small: two portal nodes on loopback sharing one PostgreSQL database behind
/// HAProxy (deploy/haproxy/haproxy.cfg as shipped, TLS with a self-signed certificate), and a manager in
/// Chromium who signs in through the balancer over https. A city administrator sets a second district up
/// on 新增区, and each node serves each district's manager their own district's rows only.
/// </summary>
public sealed class TwoNodeTests
{
    private static readonly string[] NodeNames = ["a", "b"];

    [Fact]
    public async Task A_user_keeps_working_across_both_nodes_and_moves_to_the_other_when_a_node_stops()
    {
        LoadBalancer.Require();
        await using var database = await TestDatabase.UnmigratedAsync(DatabaseProvider.Postgres);
        // Both nodes start at once on the empty database, as after a deployment: one migrates and seeds, the other waits.
        var starting = NodeNames.Select(name => Task.Run(() => (Name: name, Node: LoopbackPortal.Start(new PortalHost()
            .With("Database:Provider", "Postgres")
            .With("ConnectionStrings:Portal", database.ConnectionString)
            // HAProxy on loopback terminates TLS: the nodes believe its X-Forwarded-Proto and -For.
            .With("Portal:ForwardedHeaders:KnownProxies:0", "127.0.0.1"))))).ToList();
        var nodes = (await Task.WhenAll(starting)).ToDictionary(n => n.Name, n => n.Node);
        try
        {
            await using var balancer = await LoadBalancer.StartAsync(nodes.ToDictionary(n => n.Key, n => n.Value.Address));
            await using var session = await BrowserSession.StartAsync();
            var page = await session.NewUserAsync(acceptSelfSignedCertificate: true);
            try
            {
                // 1. Sign in through the balancer; the balancer's cookie names the node that serves this user.
                await page.GotoAsync(balancer.Url("/dev/login?user=manager&returnUrl=/fund-years/new"));
                await BrowserSupport.WaitUntilInteractiveAsync(page);
                var sticky = await ServedByAsync(page) ?? throw new InvalidOperationException("HAProxy set no SERVERID cookie.");
                var other = sticky == "a" ? "b" : "a";
                Step($"signed in through HAProxy, served by node {sticky}");

                // 2. The sign-in is valid on both nodes, asked directly: the key ring is in the shared database.
                foreach (var node in nodes.Values)
                {
                    var direct = await page.Context.NewPageAsync();
                    await direct.GotoAsync(node.Url("/social-assistance"));
                    await Assertions.Expect(direct.Locator("[data-testid=project-row]")).ToHaveCountAsync(10);
                    await direct.CloseAsync();
                }

                Step("the same sign-in cookie opens /social-assistance on node a and on node b directly");

                // 3. A change made through the sticky node is seen through the other.
                await CreateYearAsync(page, "2021", "10,160", "9960", "200");
                var seen = await page.Context.NewPageAsync();
                await seen.GotoAsync(nodes[other].Url("/?year=2021"));
                await Assertions.Expect(seen.Locator("h1")).ToContainTextAsync("2021 年福彩公益金总览");
                await Assertions.Expect(seen.Locator("[data-testid=received] .money")).ToHaveTextAsync("10,160");
                await seen.CloseAsync();
                Step($"fund year 2021 created through node {sticky} (via HAProxy) is shown by node {other}");

                // 3b. A second district, set up on 新增区 through the balancer; each node keeps the two apart.
                await SecondDistrictAsync(session, balancer, nodes.Values.ToList(), page, database);
                Step("东城区 set up on 新增区; on node a and node b each district's manager sees only their own district's projects");

                // 4. The node stops under an open page: the page reconnects through the balancer to the
                //    other node, which reloads it there; what was saved is all there.
                //    (An interactive page: the dashboard renders statically and holds no circuit to lose.)
                await page.GotoAsync(balancer.Url("/social-assistance?year=2021"));
                await BrowserSupport.WaitUntilInteractiveAsync(page);
                await page.EvaluateAsync("() => window.portalPageBeforeStop = true");
                await nodes[sticky].DisposeAsync();
                nodes.Remove(sticky);
                await page.WaitForFunctionAsync("() => window.portalPageBeforeStop === undefined", null, new() { Timeout = 60_000 });
                await BrowserSupport.WaitUntilInteractiveAsync(page);
                await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("2021 年因素法分配福彩公益金项目");
                await WaitUntilServedByAsync(page, other);
                await page.GotoAsync(balancer.Url("/?year=2021"));
                await Assertions.Expect(page.Locator("[data-testid=received] .money")).ToHaveTextAsync("10,160");
                Step($"node {sticky} stopped; the open page reconnected and was reloaded by node {other}, year 2021 intact");

                // 5. The user goes on working, now on the remaining node.
                await page.GotoAsync(balancer.Url("/fund-years/new"));
                await BrowserSupport.WaitUntilInteractiveAsync(page);
                await CreateYearAsync(page, "2022", "10,000", "9800", "200");
                Assert.Equal(other, await ServedByAsync(page));
                await using var db = database.CreateDbContext();
                Assert.Equal([2020, 2021, 2022], await db.FundYears.Where(y => db.Districts.Any(d => d.Id == y.DistrictId && d.Code == "xicheng"))
                    .OrderBy(y => y.Year).Select(y => y.Year).ToListAsync(TestContext.Current.CancellationToken));
                Step($"fund year 2022 created through node {other}; Xicheng holds 2020, 2021 and 2022");
            }
            catch
            {
                TestContext.Current.SendDiagnosticMessage("screenshot: " + await BrowserSupport.ScreenshotAsync(page, "two-nodes"));
                throw;
            }
        }
        finally
        {
            foreach (var node in nodes.Values)
                await node.DisposeAsync();
        }
    }

    private static async Task CreateYearAsync(IPage page, string year, string received, string elderly, string factor)
    {
        await Assertions.Expect(page.Locator("[data-testid=input-year]")).ToBeVisibleAsync();
        await page.Locator("[data-testid=input-year]").FillAsync(year);
        await page.Locator("[data-testid=input-received]").FillAsync(received);
        await page.Locator("[data-testid=input-elderly]").FillAsync(elderly);
        await page.Locator("[data-testid=input-factor]").FillAsync(factor);
        await page.Locator("[data-testid=input-cutoff]").FillAsync($"{int.Parse(year, System.Globalization.CultureInfo.InvariantCulture) + 1}-02-28");
        await page.Locator("[data-testid=create-year]").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync($"{year} 年福彩公益金总览");
    }

    /// <summary>
    /// 市级管理员 sets up 东城区 on 新增区 through the balancer; its manager (signed in through the balancer)
    /// creates the district's first year and a project. Then, asked directly, both nodes show Xicheng's
    /// manager (<paramref name="xicheng"/>) Xicheng's projects only and 东城区's manager 东城区's only, and a
    /// Xicheng project's address is "not found" for 东城区's manager.
    /// </summary>
    private static async Task SecondDistrictAsync(BrowserSession session, LoadBalancer balancer, IReadOnlyList<LoopbackPortal> nodes, IPage xicheng, TestDatabase database)
    {
        var admin = await session.NewUserAsync(acceptSelfSignedCertificate: true);
        await admin.GotoAsync(balancer.Url("/dev/login?user=city-admin&returnUrl=/city/districts/new"));
        await BrowserSupport.WaitUntilInteractiveAsync(admin);
        await admin.Locator("[data-testid=input-bureau]").FillAsync("北京市东城区民政局");
        await admin.Locator("[data-testid=input-district-name]").FillAsync("东城区");
        await admin.Locator("[data-testid=input-district-code]").FillAsync("dongcheng");
        await admin.Locator("[data-testid=street-code]").Nth(0).FillAsync("donghuamen");
        await admin.Locator("[data-testid=street-name]").Nth(0).FillAsync("东华门");
        await admin.Locator("[data-testid=street-code]").Nth(1).FillAsync("jingshan");
        await admin.Locator("[data-testid=street-name]").Nth(1).FillAsync("景山");
        await admin.Locator("[data-testid=create-district]").ClickAsync();
        await Assertions.Expect(admin.Locator("[data-testid=district-created]")).ToContainTextAsync("已新增东城区（dongcheng）：北京市东城区民政局，2 个街道");

        var dongcheng = await session.NewUserAsync(acceptSelfSignedCertificate: true);
        await dongcheng.GotoAsync(balancer.Url("/dev/login?user=dongcheng-manager&returnUrl=/fund-years/new"));
        await BrowserSupport.WaitUntilInteractiveAsync(dongcheng);
        await CreateYearAsync(dongcheng, "2021", "100", "0", "100");
        await dongcheng.GotoAsync(balancer.Url("/projects/new?year=2021"));
        await BrowserSupport.WaitUntilInteractiveAsync(dongcheng);
        await dongcheng.Locator("[data-testid=input-name]").FillAsync("东华门社区救助");
        await dongcheng.Locator("[data-testid=input-allocation]").FillAsync("30");
        await dongcheng.Locator("[data-testid=input-cycle-start]").FillAsync("2021-01-01");
        await dongcheng.Locator("[data-testid=input-cycle-end]").FillAsync("2021-12-31");
        await dongcheng.Locator("[data-testid=save-project]").ClickAsync();
        await Assertions.Expect(dongcheng.Locator("[data-testid=project-row]")).ToHaveCountAsync(1);

        Guid xichengProject;
        await using (var db = database.CreateDbContext())
            xichengProject = await db.Set<Portal.Domain.SocialAssistance.Project>().Where(p => p.Order == 9 && db.FundYears.Any(y => y.Id == p.FundYearId && y.Year == 2020)).Select(p => p.Id).SingleAsync();
        foreach (var node in nodes)
        {
            var own = await dongcheng.Context.NewPageAsync();
            await own.GotoAsync(node.Url("/social-assistance?year=2021"));
            await Assertions.Expect(own.Locator("[data-testid=project-row]")).ToHaveCountAsync(1);
            await Assertions.Expect(own.Locator("[data-testid=project-row]")).ToContainTextAsync("东华门社区救助");
            await own.GotoAsync(node.Url($"/projects/{xichengProject}?year=2020"));
            await Assertions.Expect(own.GetByText(Portal.Domain.SocialAssistance.ProjectMessages.ProjectNotFound)).ToBeVisibleAsync();
            await own.CloseAsync();

            var theirs = await xicheng.Context.NewPageAsync();
            await theirs.GotoAsync(node.Url("/social-assistance?year=2020"));
            await Assertions.Expect(theirs.Locator("[data-testid=project-row]")).ToHaveCountAsync(10);
            await Assertions.Expect(theirs.Locator("[data-testid=project-row]").Filter(new() { HasText = "东华门社区救助" })).ToHaveCountAsync(0);
            await theirs.GotoAsync(node.Url("/social-assistance?year=2021"));
            await Assertions.Expect(theirs.Locator("h1")).ToContainTextAsync("2021 年因素法分配福彩公益金项目");
            await Assertions.Expect(theirs.Locator("[data-testid=project-row]")).ToHaveCountAsync(0);
            await theirs.CloseAsync();
        }

        await admin.Context.CloseAsync();
        await dongcheng.Context.CloseAsync();
    }

    /// <summary>The node HAProxy's stickiness cookie names for this browser.</summary>
    private static async Task<string?> ServedByAsync(IPage page) =>
        (await page.Context.CookiesAsync()).SingleOrDefault(c => c.Name == "SERVERID")?.Value;

    private static async Task WaitUntilServedByAsync(IPage page, string node)
    {
        for (var attempt = 0; attempt < 100 && await ServedByAsync(page) != node; attempt++)
            await Task.Delay(200);
        Assert.Equal(node, await ServedByAsync(page));
    }

    private static void Step(string text) => TestContext.Current.SendDiagnosticMessage("two nodes: " + text);
}
