using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Infrastructure.Data;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure;

/// <summary>Two people changing the same thing: the second save is refused, never silently applied.</summary>
public abstract class ConcurrencyTests(DatabaseProvider provider)
{
    [Fact]
    public async Task A_second_allocation_change_from_a_stale_copy_is_refused()
    {
        await using var database = await TestDatabase.SeededAsync(provider);
        await using var first = database.CreateDbContext();
        await using var second = database.CreateDbContext();
        first.Actor = second.Actor = "测试";
        var yearA = await first.FundYears.SingleAsync(TestContext.Current.CancellationToken);
        var yearB = await second.FundYears.SingleAsync(TestContext.Current.CancellationToken);
        var project = yearA.Projects.Single(p => p.Order == 1);

        Assert.True(yearA.ChangeProjectAllocation(project.Id, project.Allocation - Money.FromYuan(1)).IsSuccess);
        await first.SaveChangesAsync(TestContext.Current.CancellationToken);

        Assert.True(yearB.ChangeProjectAllocation(project.Id, project.Allocation - Money.FromYuan(2)).IsSuccess);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(TestContext.Current.CancellationToken));

        await using var check = database.CreateDbContext();
        var saved = (await check.FundYears.SingleAsync(TestContext.Current.CancellationToken)).Projects.Single(p => p.Order == 1);
        Assert.Equal(Money.FromWanYuan(750) - Money.FromYuan(1), saved.Allocation);
    }

    [Fact]
    public async Task A_second_spending_on_the_same_project_from_a_stale_copy_is_refused()
    {
        await using var database = await TestDatabase.SeededAsync(provider);
        await using var first = database.CreateDbContext();
        await using var second = database.CreateDbContext();
        first.Actor = second.Actor = "测试";
        var yearA = await first.FundYears.SingleAsync(TestContext.Current.CancellationToken);
        var yearB = await second.FundYears.SingleAsync(TestContext.Current.CancellationToken);
        var date = new DateOnly(2021, 1, 15);

        var projectA = yearA.Projects.Single(p => p.Order == 1);
        Assert.True(projectA.RecordSpending(Portal.Domain.SocialAssistance.SpendingTarget.Project, date, Money.FromYuan(100), "A", yearA.SpendingWindow).IsSuccess);
        await first.SaveChangesAsync(TestContext.Current.CancellationToken);

        var projectB = yearB.Projects.Single(p => p.Order == 1);
        Assert.True(projectB.RecordSpending(Portal.Domain.SocialAssistance.SpendingTarget.Project, date, Money.FromYuan(200), "B", yearB.SpendingWindow).IsSuccess);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_lost_race_names_who_saved_first_and_when_in_beijing_time()
    {
        await using var database = await TestDatabase.SeededAsync(provider);
        await using var first = database.CreateDbContext();
        await using var second = database.CreateDbContext();
        first.Actor = "王经理 (manager)";
        second.Actor = "李四 (officer)";
        var yearA = await first.FundYears.SingleAsync(TestContext.Current.CancellationToken);
        var yearB = await second.FundYears.SingleAsync(TestContext.Current.CancellationToken);
        var project = yearA.Projects.Single(p => p.Order == 10);
        Assert.True(yearA.ChangeProjectAllocation(project.Id, Money.FromWanYuan(15)).IsSuccess);
        await first.SaveChangesAsync(TestContext.Current.CancellationToken);

        Assert.True(yearB.ChangeProjectAllocation(project.Id, Money.FromWanYuan(14)).IsSuccess);
        var refused = await second.SaveOrConflictAsync(TestContext.Current.CancellationToken);

        Assert.StartsWith("已被 王经理 于 ", refused.Error, StringComparison.Ordinal);
        var at = DateTime.ParseExact(refused.Error!.Substring("已被 王经理 于 ".Length, 16), "yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(Math.Abs((at - DateTime.UtcNow.AddHours(8)).TotalMinutes) < 5);
    }
}

public sealed class ConcurrencyTestsOnSqlite() : ConcurrencyTests(DatabaseProvider.Sqlite);

public sealed class ConcurrencyTestsOnPostgres() : ConcurrencyTests(DatabaseProvider.Postgres);
