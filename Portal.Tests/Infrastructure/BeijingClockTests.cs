using Portal.Features.Dashboard;
using Portal.Features.FundYears;
using Portal.Features.SocialAssistance;
using Portal.Infrastructure;
using Portal.Security;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// "Today" is the Beijing calendar day whatever zone the host runs in. The instant used is 2026-11-20 17:00 UTC,
/// already 01:00 on 2026-11-21 in Beijing: October's report, due on 11-20, is overdue in Beijing, while a host
/// reading its own local day (UTC, or Honolulu's 07:00 on 11-20) would still call it due.
/// </summary>
public sealed class BeijingClockTests
{
    private static readonly DateTimeOffset Instant = new(2026, 11, 20, 17, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> HostZones => ["UTC", "Pacific/Honolulu", "Asia/Shanghai", "Europe/Berlin"];

    [Theory]
    [MemberData(nameof(HostZones))]
    public void Today_is_the_Beijing_day_in_any_host_zone(string zone)
    {
        var clock = new HostClock(Instant, zone);

        Assert.Equal(new DateOnly(2026, 11, 21), clock.BeijingToday());
        Assert.Equal(TimeSpan.FromHours(8), clock.BeijingNow().Offset);
        Assert.Equal(1, clock.BeijingNow().Hour);
    }

    [Fact]
    public async Task Overdue_months_future_months_and_the_schedule_date_are_the_same_on_hosts_in_any_zone()
    {
        await using var database = await TestDatabase.SeededAsync();
        await database.RegisterAsync("manager");
        await using (var setUp = new ServiceHarness(database, ServiceHarness.Principal("manager", PortalRoles.Manager)))
        {
            var created = await setUp.Get<FundYearAdminService>().CreateYearAsync(new NewFundYear("2026", "2,100", "1,000", "1,100", "2027-02-28"));
            Assert.True(created.IsSuccess);
        }

        var answers = new List<string>();
        foreach (var zone in HostZones)
        {
            await using var harness = new ServiceHarness(database.WithClock(new HostClock(Instant, zone)), ServiceHarness.Principal("manager", PortalRoles.Manager));
            var dashboard = (await harness.Get<DashboardService>().DashboardAsync(2026)).Value!;
            var projects = (await harness.Get<ProjectListService>().ProjectsAsync(2026)).Value!;
            answers.Add(string.Join(" | ",
                dashboard.ByStreet.Sum(s => s.MonthsOverdue),
                dashboard.Alerts.Count(a => a.Kind == AlertKind.OverdueMonth),
                projects.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }

        // 15 streets × months 1–10 overdue in Beijing on 11-21; month 11 is not yet due.
        Assert.Equal("150 | 150 | 2026-11-21", answers[0]);
        Assert.All(answers, answer => Assert.Equal(answers[0], answer));
    }

    /// <summary>A host whose local zone is <paramref name="zone"/>, stopped at <paramref name="instant"/>.</summary>
    private sealed class HostClock(DateTimeOffset instant, string zone) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => instant;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.FindSystemTimeZoneById(zone);
    }
}
