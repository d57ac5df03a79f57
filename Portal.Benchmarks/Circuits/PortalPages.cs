using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Portal.Features.FundYears;
using Portal.Infrastructure.Data;
using Portal.Security;

namespace Portal.Benchmarks.Circuits;

/// <summary>
/// The portal pages whose circuits are measured beside the blank template: the street officer's monthly entry
/// with a month open (a year filed month by month is created first, as a manager would), and a manager's
/// project page (the child-protection project, with its subprojects and street shares).
/// </summary>
public static partial class PortalPages
{
    private const string Manager = "bench-circuits-manager";

    /// <summary>Typing a figure into the first 彩票公益金 field of the open month: the page renders its 万元 under it.</summary>
    public static AppUnderTest MonthlyEntry(AppUnderTest portal) => portal with
    {
        Name = "portal-entry",
        PagePath = "/streets/xinjiekou/elderly-subsidies",
        ReadyText = "彩票公益金（元）",
        ClickAttribute = "data-testid",
        ClickValue = "input-lottery",
        ChromiumSelector = "[data-testid=input-lottery]",
        SignInPath = "/dev/login?user=staff-xinjiekou",
        EventName = "input",
        Prepare = MonthlyYearAsync,
    };

    /// <summary>Opening and closing the project page's first form (the lag explanation).</summary>
    public static AppUnderTest ProjectDetail(AppUnderTest portal) => portal with
    {
        Name = "portal-project",
        ReadyText = "修改和登记",
        ClickAttribute = "data-testid",
        ClickValue = "action-lag",
        ChromiumSelector = "[data-testid=action-lag]",
        Prepare = ChildProtectionProjectAsync,
    };

    private static async Task<string> MonthlyYearAsync(AppProcess process)
    {
        var database = Path.Combine(process.Folder, "portal.db");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Portal"] = $"Data Source={database}" })
            .Build();
        await using (var provider = ManagerServices.Build(Manager, "基准测试管理人员", configuration, services => services.AddPortalData(configuration, process.Folder)))
        {
            var factory = provider.GetRequiredService<IDbContextFactory<PortalDbContext>>();
            await new AccountRegistrar(factory, TimeProvider.System)
                .RecordSignInAsync(DemoUsers.Principal(new DemoUsers.DemoUser(Manager, "基准测试管理人员", PortalRoles.Manager, null), "Benchmark"));
            await using var scope = provider.CreateAsyncScope();
            var created = await scope.ServiceProvider.GetRequiredService<FundYearAdminService>()
                .CreateYearAsync(new NewFundYear("2021", "10160", "9960", "200", "2022-02-28"));
            if (created.IsFailure)
                throw new InvalidOperationException("The benchmark's 2021 fund year was refused: " + created.Error);
        }

        SqliteConnection.ClearAllPools();
        return "/streets/xinjiekou/elderly-subsidies?year=2021&month=1";
    }

    private static async Task<string> ChildProtectionProjectAsync(AppProcess process)
    {
        var cookies = new CookieContainer();
        using var http = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies });
        (await http.GetAsync(new Uri(process.BaseUri, "/dev/login?user=manager"))).EnsureSuccessStatusCode();
        var list = await http.GetStringAsync(new Uri(process.BaseUri, "/social-assistance?year=2020"));
        var links = ProjectLink().Matches(list);
        var project = links.FirstOrDefault(l => l.Groups[2].Value.Contains("儿童", StringComparison.Ordinal)) ?? links.FirstOrDefault()
            ?? throw new InvalidOperationException("The project list shows no project link.");
        return project.Groups[1].Value;
    }

    [GeneratedRegex("href=\"(/projects/[0-9a-f-]{36}[^\"]*)\"[^>]*>([^<]*)<")]
    private static partial Regex ProjectLink();
}
