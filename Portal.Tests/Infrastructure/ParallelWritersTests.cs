using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.SocialAssistance;
using Portal.Infrastructure.Data;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// Many writers at once on one database (a SQLite file in WAL mode, or PostgreSQL): no update is lost, a
/// lost race is reported and retried, and no lock error reaches anyone.
/// </summary>
public abstract class ParallelWritersTests(DatabaseProvider provider)
{
    private const int Writers = 8;
    private const int WritesEach = 15;

    [Fact]
    public async Task Parallel_writers_on_the_same_project_lose_no_update()
    {
        await using var file = await SeededFileAsync();
        var projectId = await file.ProjectIdAsync(1);
        var conflicts = 0;

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; i < WritesEach; i++)
            {
                // Read, change through the domain, save; on a lost race read again and redo, as a user would.
                while (true)
                {
                    await using var db = file.CreateDbContext();
                    db.Actor = $"writer {writer}";
                    var year = await db.FundYears.SingleAsync(y => y.Projects.Any(p => p.Id == projectId));
                    var project = year.FindProject(projectId)!;
                    Assert.True(project.RecordSpending(SpendingTarget.Project, new DateOnly(2021, 1, 10), Money.FromYuan(100), $"{writer}-{i}", year.SpendingWindow).IsSuccess);
                    var saved = await db.SaveOrConflictAsync();
                    if (saved.IsSuccess)
                        break;
                    Assert.StartsWith("已被 ", saved.Error, StringComparison.Ordinal);
                    Interlocked.Increment(ref conflicts);
                }
            }
        }, TestContext.Current.CancellationToken)));

        await using var check = file.CreateDbContext();
        var spendings = await check.Set<Spending>().Where(s => s.ProjectId == projectId && s.Note != null && EF.Functions.Like(s.Note, "%-%")).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(Writers * WritesEach, spendings.Count);
        Assert.Equal(Writers * WritesEach, spendings.Select(s => s.Note).Distinct().Count());
        Assert.Equal(Money.FromYuan(100 * Writers * WritesEach), Money.Sum(spendings.Select(s => s.Amount)));
        if (provider == DatabaseProvider.Sqlite)
            Assert.Equal(["ok"], await check.Database.SqlQueryRaw<string>("PRAGMA integrity_check").ToListAsync(TestContext.Current.CancellationToken));
        TestContext.Current.SendDiagnosticMessage($"{Writers} writers × {WritesEach} spendings on one project: {conflicts} lost races, all retried.");
    }

    [Fact]
    public async Task Parallel_writers_on_different_projects_never_see_a_lock_error()
    {
        await using var file = await SeededFileAsync();
        var projects = await Task.WhenAll(Enumerable.Range(1, Writers).Select(order => file.ProjectIdAsync(order)));

        await Task.WhenAll(projects.Select((projectId, writer) => Task.Run(async () =>
        {
            for (var i = 0; i < WritesEach; i++)
            {
                await using var db = file.CreateDbContext();
                db.Actor = $"writer {writer}";
                var year = await db.FundYears.SingleAsync(y => y.Projects.Any(p => p.Id == projectId));
                var project = year.FindProject(projectId)!;
                Assert.True(project.UpdateDetails(new ProjectDetails(project.Name, project.Description, project.Cycle, project.Owner, project.OwnerPhone, project.Status, $"第 {i} 次更新")).IsSuccess);
                var saved = await db.SaveOrConflictAsync();
                Assert.True(saved.IsSuccess, saved.Error);
            }
        }, TestContext.Current.CancellationToken)));

        await using var check = file.CreateDbContext();
        var outcomes = await check.Set<Project>().Where(p => projects.Contains(p.Id)).Select(p => p.Outcome).ToListAsync(TestContext.Current.CancellationToken);
        Assert.All(outcomes, o => Assert.Equal($"第 {WritesEach - 1} 次更新", o));
        Assert.Equal(Writers * WritesEach, await check.AuditEntries.CountAsync(a => a.Entity == "Project" && a.Action == "Modified", TestContext.Current.CancellationToken));
    }

    private async Task<TestDatabase> SeededFileAsync()
    {
        var database = await TestDatabase.UnmigratedAsync(provider);
        await database.Startup().RunAsync();
        return database;
    }
}

internal static class ParallelWriterDatabase
{
    public static async Task<Guid> ProjectIdAsync(this TestDatabase database, int order)
    {
        await using var db = database.CreateDbContext();
        return await db.Set<Project>().Where(p => p.Order == order).Select(p => p.Id).SingleAsync();
    }
}

public sealed class ParallelWritersTestsOnSqlite() : ParallelWritersTests(DatabaseProvider.Sqlite);

public sealed class ParallelWritersTestsOnPostgres() : ParallelWritersTests(DatabaseProvider.Postgres);
