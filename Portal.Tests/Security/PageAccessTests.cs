using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Infrastructure.Data;
using Portal.Tests.EndToEnd;

namespace Portal.Tests.Security;

/// <summary>
/// Every page route, requested over HTTP by every kind of user: what each may open is one table, and a
/// page without a row fails <see cref="Every_page_route_has_a_row"/>.
/// </summary>
public sealed class PageAccessTests(PageAccessTests.SignedInUsers users) : IClassFixture<PageAccessTests.SignedInUsers>
{
    public enum User
    {
        Anonymous,
        Manager,
        Viewer,
        XinjiekouStaff,
        StreetlessStaff,
        NoRole,
        Disabled,

        /// <summary>市级只读: the city view and nothing of any district.</summary>
        CityViewer,

        /// <summary>市级管理员: the city view and 新增区, nothing of any district.</summary>
        CityAdministrator,
    }

    public enum Outcome
    {
        SignIn,
        Shown,
        Refused,

        /// <summary>The page is open to the user but what it shows does not exist (404).</summary>
        Missing,
    }

    /// <summary>The table: route (as requested) → what each user gets.</summary>
    private static readonly Dictionary<string, Func<User, Outcome>> Routes = new(StringComparer.Ordinal)
    {
        ["/"] = user => user switch
        {
            User.Anonymous => Outcome.SignIn,
            User.Manager or User.Viewer or User.XinjiekouStaff or User.CityViewer or User.CityAdministrator => Outcome.Shown,
            _ => Outcome.Refused,
        },
        ["/elderly-subsidies"] = DistrictPage,
        ["/social-assistance"] = DistrictPage,
        ["/child-protection"] = DistrictPage,
        ["/city"] = user => user switch
        {
            User.Anonymous => Outcome.SignIn,
            User.CityViewer or User.CityAdministrator => Outcome.Shown,
            _ => Outcome.Refused,
        },
        ["/city/districts/new"] = user => user switch
        {
            User.Anonymous => Outcome.SignIn,
            User.CityAdministrator => Outcome.Shown,
            _ => Outcome.Refused,
        },
        ["/streets/xinjiekou"] = user => user switch
        {
            User.Anonymous => Outcome.SignIn,
            User.Manager or User.Viewer or User.XinjiekouStaff => Outcome.Shown,
            _ => Outcome.Refused,
        },
        ["/streets/desheng"] = DistrictPage,
        ["/streets/xinjiekou/elderly-subsidies"] = user => user switch
        {
            User.Anonymous => Outcome.SignIn,
            User.Manager or User.Viewer or User.XinjiekouStaff => Outcome.Shown,
            _ => Outcome.Refused,
        },
        ["/streets/desheng/elderly-subsidies"] = DistrictPage,
        ["/elderly-subsidies/review"] = ManagerPage,
        ["/elderly-subsidies/import"] = user => user switch
        {
            User.Anonymous => Outcome.SignIn,
            User.Manager or User.XinjiekouStaff or User.StreetlessStaff => Outcome.Shown,
            _ => Outcome.Refused,
        },
        ["/fund-years/new"] = ManagerPage,
        ["/fund-years/2020/settings"] = ManagerPage,
        ["/projects/new"] = ManagerPage,
        ["/projects/{ProjectId:guid}"] = DistrictPage,
        // Nothing is published in the seeded portal: a manager sees the draft, a read-only user finds no report.
        ["/reports/2020"] = user => user == User.Viewer ? Outcome.Missing : DistrictPage(user),
        ["/admin/users"] = ManagerPage,
        ["/admin/audit"] = ManagerPage,
        ["/admin/security"] = ManagerPage,
        ["/admin/backups"] = ManagerPage,
        ["/help/street"] = user => user switch
        {
            User.Anonymous => Outcome.SignIn,
            // The guide hides nothing: everyone signed in with a role may read it.
            User.Manager or User.Viewer or User.XinjiekouStaff or User.StreetlessStaff or User.CityViewer or User.CityAdministrator => Outcome.Shown,
            _ => Outcome.Refused,
        },
        ["/help/manager"] = ManagerPage,
        ["/no-access"] = _ => Outcome.Shown,
        ["/not-found"] = _ => Outcome.Shown,
        ["/error"] = _ => Outcome.Shown,
        ["/account/signed-out"] = _ => Outcome.Shown,
    };

    public static TheoryData<string, User> Matrix()
    {
        var data = new TheoryData<string, User>();
        foreach (var route in Routes.Keys)
        {
            foreach (var user in Enum.GetValues<User>())
                data.Add(route, user);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_user_gets_what_the_table_says(string route, User user)
    {
        var expected = Routes[route](user);
        // A project's address carries its year, as every link to it does; without it the page redirects to add it.
        var path = route.Replace("{ProjectId:guid}", users.ProjectId + "?year=2020", StringComparison.Ordinal);
        var response = await users.Client(user).GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var location = response.Headers.Location?.OriginalString ?? string.Empty;

        var actual = response.StatusCode switch
        {
            HttpStatusCode.Redirect when location.Contains("/dev/login", StringComparison.Ordinal) => Outcome.SignIn,
            HttpStatusCode.Redirect when location.Contains("/no-access", StringComparison.Ordinal) => Outcome.Refused,
            HttpStatusCode.Redirect when new Uri(new Uri("http://localhost"), location).AbsolutePath == "/streets/xinjiekou" && user == User.XinjiekouStaff => Outcome.Shown,
            HttpStatusCode.Redirect when new Uri(new Uri("http://localhost"), location).AbsolutePath == "/city" && user is User.CityViewer or User.CityAdministrator => Outcome.Shown,
            HttpStatusCode.OK or HttpStatusCode.NotFound or HttpStatusCode.InternalServerError or HttpStatusCode.Forbidden
                when route is "/no-access" or "/not-found" or "/error" => Outcome.Shown,
            // A refusal rendered in the page answers 403, never 200.
            HttpStatusCode.Forbidden when body.Contains("data-testid=\"no-access\"", StringComparison.Ordinal) => Outcome.Refused,
            HttpStatusCode.NotFound when body.Contains("data-testid=\"year-not-found\"", StringComparison.Ordinal) => Outcome.Missing,
            HttpStatusCode.OK when !body.Contains("data-testid=\"no-access\"", StringComparison.Ordinal) => Outcome.Shown,
            _ => throw new InvalidOperationException($"{route} as {user}: unexpected {(int)response.StatusCode} {location}"),
        };
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Every_page_route_has_a_row()
    {
        var templates = typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
            .Select(r => r.Template.Replace("{StreetCode}", "xinjiekou", StringComparison.Ordinal).Replace("{Year:int}", "2020", StringComparison.Ordinal))
            .Distinct()
            .Order()
            .ToList();

        Assert.Equal(templates, Routes.Keys.Where(k => !k.StartsWith("/streets/desheng", StringComparison.Ordinal)).Order());
    }

    private static Outcome ManagerPage(User user) => user switch
    {
        User.Anonymous => Outcome.SignIn,
        User.Manager => Outcome.Shown,
        _ => Outcome.Refused,
    };

    private static Outcome DistrictPage(User user) => user switch
    {
        User.Anonymous => Outcome.SignIn,
        User.Manager or User.Viewer => Outcome.Shown,
        _ => Outcome.Refused,
    };

    /// <summary>One portal, one signed-in client per kind of user; the disabled one is disabled after signing in.</summary>
    public sealed class SignedInUsers : IAsyncLifetime
    {
        private readonly PortalHost _host = new();
        private readonly Dictionary<User, HttpClient> _clients = [];

        public HttpClient Client(User user) => _clients[user];

        /// <summary>A seeded project, for the project page's row.</summary>
        public Guid ProjectId { get; private set; }

        public async ValueTask InitializeAsync()
        {
            foreach (var (user, id) in new[]
            {
                (User.Anonymous, (string?)null), (User.Manager, "manager"), (User.Viewer, "viewer"), (User.XinjiekouStaff, "staff-xinjiekou"),
                (User.StreetlessStaff, "staff-unassigned"), (User.NoRole, "norole"), (User.Disabled, "staff-desheng"), (User.CityViewer, "city-viewer"),
                (User.CityAdministrator, "city-admin"),
            })
            {
                var client = _host.Browser();
                if (id is not null)
                    await client.GetAsync(new Uri($"/dev/login?user={id}", UriKind.Relative));
                _clients[user] = client;
            }

            await using var db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite($"Data Source={_host.DatabasePath}").Options);
            db.Actor = "测试准备";
            ProjectId = await db.Set<Portal.Domain.SocialAssistance.Project>().Where(p => p.Order == 9).Select(p => p.Id).FirstAsync();
            var disabled = await db.UserAccounts.SingleAsync(a => a.ObjectId == "staff-desheng");
            Assert.True(disabled.Disable().IsSuccess);
            await db.SaveChangesAsync();
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var client in _clients.Values)
                client.Dispose();
            await _host.DisposeAsync();
        }
    }
}
