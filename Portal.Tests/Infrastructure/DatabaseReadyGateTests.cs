using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Data;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// The web host starts while the database starts up; the gate keeps every request from the database until it
/// is migrated and seeded, and lets none through when the start-up fails.
/// </summary>
public sealed class DatabaseReadyGateTests
{
    [Fact]
    public async Task A_request_that_arrives_before_the_database_is_ready_waits_and_then_sees_it_seeded()
    {
        await using var database = await TestDatabase.UnmigratedAsync(DatabaseProvider.Sqlite);
        var startup = database.Startup();
        int? yearsSeen = null;
        var pipeline = Pipeline(startup, async () =>
        {
            await using var db = database.CreateDbContext();
            yearsSeen = await db.FundYears.CountAsync();
        });

        var request = pipeline(new DefaultHttpContext());
        await Task.Delay(50, TestContext.Current.CancellationToken);
        Assert.False(request.IsCompleted);

        await startup.Start(TestContext.Current.CancellationToken);
        await request;
        Assert.Equal(1, yearsSeen);
    }

    [Fact]
    public async Task When_the_database_cannot_start_requests_fail_with_its_error_and_reach_nothing()
    {
        await using var database = await TestDatabase.UnmigratedAsync(DatabaseProvider.Sqlite);
        // A file where the database's folder should be: the start-up cannot create the folder.
        var folder = Path.GetDirectoryName(new SqliteConnectionStringBuilder(database.ConnectionString).DataSource)!;
        await File.WriteAllTextAsync(folder, "not a folder", TestContext.Current.CancellationToken);
        var startup = database.Startup();
        var reached = false;
        var pipeline = Pipeline(startup, () =>
        {
            reached = true;
            return Task.CompletedTask;
        });

        var request = pipeline(new DefaultHttpContext());
        await Assert.ThrowsAnyAsync<IOException>(() => startup.Start(TestContext.Current.CancellationToken));
        await Assert.ThrowsAnyAsync<IOException>(() => request);
        Assert.False(reached);
    }

    private static RequestDelegate Pipeline(DatabaseStartup startup, Func<Task> endpoint)
    {
        var services = new ServiceCollection().AddSingleton(startup).BuildServiceProvider();
        var app = new ApplicationBuilder(services);
        app.UseDatabaseReadyGate();
        app.Run(_ => endpoint());
        return app.Build();
    }
}
