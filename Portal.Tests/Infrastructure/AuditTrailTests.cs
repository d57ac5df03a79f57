using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Infrastructure.Data.Seeding;
using Portal.Infrastructure.Data;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure;

public abstract class AuditTrailTests(DatabaseProvider provider)
{
    [Fact]
    public async Task A_change_is_saved_with_who_when_and_the_values_before_and_after()
    {
        await using var database = await TestDatabase.SeededAsync(provider);
        await using (var db = database.CreateDbContext())
        {
            db.Actor = "张三 (manager)";
            var year = await db.FundYears.SingleAsync(TestContext.Current.CancellationToken);
            var project = year.Projects.Single(p => p.Order == 10);
            Assert.True(year.ChangeProjectAllocation(project.Id, Money.FromWanYuan(15)).IsSuccess);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var check = database.CreateDbContext();
        var entry = await check.AuditEntries.SingleAsync(a => a.Entity == "Project" && a.Action == "Modified", TestContext.Current.CancellationToken);
        Assert.Equal("张三 (manager)", entry.Actor);
        Assert.Contains("\"Allocation\":15698000", entry.Before, StringComparison.Ordinal);
        Assert.Contains("\"Allocation\":15000000", entry.After, StringComparison.Ordinal);
        Assert.True(DateTime.UtcNow - entry.At < TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task A_change_without_an_actor_is_not_saved()
    {
        await using var database = await TestDatabase.SeededAsync(provider);
        await using (var db = database.CreateDbContext())
        {
            var year = await db.FundYears.SingleAsync(TestContext.Current.CancellationToken);
            var project = year.Projects.Single(p => p.Order == 10);
            Assert.True(year.ChangeProjectAllocation(project.Id, Money.FromWanYuan(15)).IsSuccess);
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
        }

        await using var check = database.CreateDbContext();
        var saved = (await check.FundYears.SingleAsync(TestContext.Current.CancellationToken)).Projects.Single(p => p.Order == 10);
        Assert.Equal("15.698", saved.Allocation.ToWanYuan());
    }

    [Fact]
    public async Task The_seed_is_in_the_audit_trail_under_the_seeding_actor()
    {
        await using var database = await TestDatabase.SeededAsync(provider);
        await using var db = database.CreateDbContext();

        var actors = await db.AuditEntries.Select(a => a.Actor).Distinct().ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([DatabaseSeeder.Actor], actors);
        Assert.True(await db.AuditEntries.CountAsync(a => a.Entity == "Project" && a.Action == "Added", TestContext.Current.CancellationToken) == 10);
    }
}

public sealed class AuditTrailTestsOnSqlite() : AuditTrailTests(DatabaseProvider.Sqlite);

public sealed class AuditTrailTestsOnPostgres() : AuditTrailTests(DatabaseProvider.Postgres);
