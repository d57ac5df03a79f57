using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Common;
using Portal.Features.ElderlySubsidy.Import;
using Portal.Features.FundYears;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Telemetry;
using Portal.Security;
using Portal.Tests.EndToEnd;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// The portal's own meter, read from the running portal after the things it counts have happened: an
/// import, a save that lost a race, and a write the server refused.
/// </summary>
public sealed class PortalMetricsTests
{
    private const string ScrapeKey = "0123456789abcdef0123456789abcdef-metrics";

    [Fact]
    public async Task An_import_a_lost_race_and_a_refused_write_are_counted_on_the_portals_meter()
    {
        await using var host = new PortalHost();
        await ReadyAsync(host);
        using var recorded = new Recorder(host.Services.GetRequiredService<IMeterFactory>());

        await ImportAsync(host);
        await LoseARaceAsync(host);
        var refused = await RefusedWriteAsync(host);

        Assert.False(refused.IsSuccess);
        Assert.Equal(2, recorded.Sum("portal.import.rows"));
        Assert.Equal([("portal.import.outcome", "committed")], recorded.Tags("portal.import.duration", "portal.import.outcome"));
        Assert.Equal(1, recorded.Count("portal.import.duration"));
        Assert.Equal(1, recorded.Sum("portal.save.conflicts"));
        Assert.Equal([("portal.entity", nameof(FundYear))], recorded.Tags("portal.save.conflicts", "portal.entity"));
        Assert.Equal(1, recorded.Sum("portal.authorization.denials"));
        Assert.Equal([("portal.operation", nameof(PortalOperation.CreateFundYear))], recorded.Tags("portal.authorization.denials", "portal.operation"));
    }

    [Fact]
    public async Task The_scrape_endpoint_answers_the_key_with_the_portals_figures_and_anyone_else_with_404()
    {
        await using var host = new PortalHost()
            .With("Portal:Telemetry:Prometheus:Enabled", "true")
            .With("Portal:Telemetry:Prometheus:Key", ScrapeKey);
        await ReadyAsync(host);
        await ImportAsync(host);
        var client = host.Browser();

        var anonymous = await client.GetAsync(new Uri("/metrics", UriKind.Relative), TestContext.Current.CancellationToken);
        using var wrongKey = new HttpRequestMessage(HttpMethod.Get, "/metrics") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", "not-the-key") } };
        var wrong = await client.SendAsync(wrongKey, TestContext.Current.CancellationToken);
        using var withKey = new HttpRequestMessage(HttpMethod.Get, "/metrics") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", ScrapeKey) } };
        var scraped = await client.SendAsync(withKey, TestContext.Current.CancellationToken);
        var text = await scraped.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);
        Assert.Empty(await anonymous.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, scraped.StatusCode);
        Assert.Contains("portal_import_rows_total{", text, StringComparison.Ordinal);
        Assert.Contains("portal_import_duration_seconds_count{", text, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds", text, StringComparison.Ordinal);
        Assert.Contains("dotnet_gc_", text, StringComparison.Ordinal);
        var dump = Path.Combine(AppContext.BaseDirectory, "TestResults", "metrics-after-import.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(dump)!);
        await File.WriteAllTextAsync(dump, text, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Without_a_setting_there_is_no_scrape_endpoint()
    {
        await using var host = new PortalHost();
        using var withKey = new HttpRequestMessage(HttpMethod.Get, "/metrics") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", ScrapeKey) } };

        var response = await host.Browser().SendAsync(withKey, TestContext.Current.CancellationToken);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task ReadyAsync(PortalHost host)
    {
        var ready = await host.Browser().GetAsync(new Uri("/healthz/ready", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    /// <summary>The manager opens 2021 and a street officer imports two months for their street.</summary>
    private static async Task ImportAsync(PortalHost host)
    {
        var manager = await SignedInAsync(host, new DemoUsers.DemoUser("metrics-manager", "管理员", PortalRoles.Manager, null));
        await using (manager)
        {
            var opened = await manager.ServiceProvider.GetRequiredService<FundYearAdminService>()
                .CreateYearAsync(new NewFundYear("2021", "10160", "9960", "200", "2022-02-28"), TestContext.Current.CancellationToken);
            Assert.True(opened.IsSuccess, opened.Error);
        }

        var officer = await SignedInAsync(host, new DemoUsers.DemoUser("metrics-officer", "街道工作人员", PortalRoles.StreetStaff, null), "xinjiekou");
        await using (officer)
        {
            var csv = Encoding.UTF8.GetBytes(string.Join('\n',
                "街道,年度,月份,补贴类型,人次,彩票公益金（元）,区财政配套（元）,说明",
                "新街口,2021,1,高龄津贴,1200,120000,0,",
                "新街口,2021,2,高龄津贴,1210,121000,0,"));
            var imported = await officer.ServiceProvider.GetRequiredService<SubsidyImportService>()
                .CommitAsync(new MemoryStream(csv), "一月.csv", cancellationToken: TestContext.Current.CancellationToken);
            Assert.True(imported.IsSuccess, imported.Error);
        }
    }

    /// <summary>Two copies of the same year; the second save comes from the stale one.</summary>
    private static async Task LoseARaceAsync(PortalHost host)
    {
        var contexts = host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using var first = await contexts.CreateDbContextAsync(TestContext.Current.CancellationToken);
        await using var second = await contexts.CreateDbContextAsync(TestContext.Current.CancellationToken);
        first.Actor = second.Actor = "测试";
        var yearA = await first.FundYears.SingleAsync(y => y.Year == 2020, TestContext.Current.CancellationToken);
        var yearB = await second.FundYears.SingleAsync(y => y.Year == 2020, TestContext.Current.CancellationToken);
        var project = yearA.Projects.Single(p => p.Order == 1);
        Assert.True(yearA.ChangeProjectAllocation(project.Id, project.Allocation - Money.FromYuan(1)).IsSuccess);
        Assert.True((await first.SaveOrConflictAsync(TestContext.Current.CancellationToken)).IsSuccess);

        Assert.True(yearB.ChangeProjectAllocation(project.Id, project.Allocation - Money.FromYuan(2)).IsSuccess);
        Assert.False((await second.SaveOrConflictAsync(TestContext.Current.CancellationToken)).IsSuccess);
    }

    /// <summary>A street officer tries to open a year, which only the bureau may do.</summary>
    private static async Task<Portal.Features.FormResult> RefusedWriteAsync(PortalHost host)
    {
        await using var officer = await SignedInAsync(host, new DemoUsers.DemoUser("metrics-intruder", "街道工作人员", PortalRoles.StreetStaff, null), "xinjiekou");
        return await officer.ServiceProvider.GetRequiredService<FundYearAdminService>()
            .CreateYearAsync(new NewFundYear("2022", "100", "90", "10", "2023-02-28"), TestContext.Current.CancellationToken);
    }

    /// <summary>A scope of the running portal signed in as <paramref name="user"/>, recorded in the directory as a sign-in is.</summary>
    private static async Task<AsyncServiceScope> SignedInAsync(PortalHost host, DemoUsers.DemoUser user, string? street = null)
    {
        var principal = DemoUsers.Principal(user, "Test");
        await host.Services.GetRequiredService<AccountRegistrar>().RecordSignInAsync(principal, street, TestContext.Current.CancellationToken);
        var scope = host.Services.CreateAsyncScope();
        ((IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>())
            .SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        return scope;
    }

    /// <summary>Every measurement on this host's "Portal" meter (and no other host's), with its tags.</summary>
    private sealed class Recorder : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly List<(string Instrument, double Value, KeyValuePair<string, object?>[] Tags)> _measurements = [];
        private readonly Lock _gate = new();

        public Recorder(IMeterFactory hostMeters)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == PortalMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, hostMeters))
                    listener.EnableMeasurementEvents(instrument);
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
            _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
            _listener.Start();
        }

        public double Sum(string instrument)
        {
            lock (_gate)
                return _measurements.Where(m => m.Instrument == instrument).Sum(m => m.Value);
        }

        public int Count(string instrument)
        {
            lock (_gate)
                return _measurements.Count(m => m.Instrument == instrument);
        }

        public List<(string, string?)> Tags(string instrument, string tag)
        {
            lock (_gate)
            {
                return [.. _measurements.Where(m => m.Instrument == instrument)
                    .Select(m => (tag, m.Tags.SingleOrDefault(t => t.Key == tag).Value?.ToString()))];
            }
        }

        public void Dispose() => _listener.Dispose();

        private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var copied = tags.ToArray();
            lock (_gate)
                _measurements.Add((instrument.Name, value, copied));
        }
    }
}
