using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Telemetry;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// On PostgreSQL every write transaction first takes the portal's one advisory lock; how long it waited is
/// measured, so a city's single writer shows when writes queue behind each other.
/// </summary>
public sealed class WriteLockMetricTests
{
    [Fact]
    public async Task A_write_that_waits_for_another_writer_records_how_long_it_waited()
    {
        await using var database = await TestDatabase.EmptyAsync(DatabaseProvider.Postgres);
        await using var services = new ServiceCollection().AddPortalMetrics().BuildServiceProvider();
        var waits = new List<double>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == "portal.database.write_lock.wait" && ReferenceEquals(instrument.Meter.Scope, services.GetRequiredService<IMeterFactory>()))
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<double>((_, value, _, _) => { lock (waits) waits.Add(value); });
        listener.Start();
        var options = PortalDatabase.UsePostgres(new DbContextOptionsBuilder<PostgresPortalDbContext>(), database.ConnectionString,
            services.GetRequiredService<PortalMetrics>()).Options;
        await using var first = new PostgresPortalDbContext(options);
        await using var second = new PostgresPortalDbContext(options);

        await using var holding = await first.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
        var waiting = second.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
        await Task.Delay(TimeSpan.FromMilliseconds(600), TestContext.Current.CancellationToken);
        Assert.False(waiting.IsCompleted);
        await holding.CommitAsync(TestContext.Current.CancellationToken);
        await using var waited = await waiting;
        await waited.CommitAsync(TestContext.Current.CancellationToken);

        lock (waits)
        {
            Assert.Equal(2, waits.Count);
            Assert.True(waits[0] < 0.5, $"The first writer waited {waits[0]} s with nobody ahead of it.");
            Assert.True(waits[1] >= 0.5, $"The second writer is recorded as waiting {waits[1]} s, though it waited at least 0.6 s.");
        }
    }
}
