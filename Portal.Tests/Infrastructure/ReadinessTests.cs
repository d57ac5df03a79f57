using Microsoft.Extensions.Diagnostics.HealthChecks;
using Portal.Infrastructure.Data;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure;

/// <summary>/healthz/ready: a node is sent users only when its database answers and has all its migrations.</summary>
public abstract class ReadinessTests(DatabaseProvider provider)
{
    [Fact]
    public async Task A_node_whose_database_lacks_migrations_is_not_ready_and_is_once_started()
    {
        await using var database = await TestDatabase.UnmigratedAsync(provider);
        var check = new DatabaseHealthCheck(database);

        var before = await check.CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);
        await database.Startup().RunAsync(TestContext.Current.CancellationToken);
        var after = await check.CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);

        Assert.Equal(HealthStatus.Unhealthy, before.Status);
        Assert.Equal(HealthStatus.Healthy, after.Status);
    }
}

public sealed class ReadinessTestsOnSqlite() : ReadinessTests(DatabaseProvider.Sqlite);

public sealed class ReadinessTestsOnPostgres() : ReadinessTests(DatabaseProvider.Postgres);
