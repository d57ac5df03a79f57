using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.SocialAssistance;
using Portal.Features.Reports;
using Portal.Infrastructure.Data;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Reports;

/// <summary>
/// The report adds spending up in the database; here every project's and subproject's figure is checked
/// against the domain's own budget at the cut-off, on a year with spending on projects, subprojects, street
/// shares of both, and after the cut-off (which the report must leave out).
/// </summary>
public abstract class SpentAtCutOffTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.SeededAsync(provider);
        await using var db = _database.CreateDbContext();
        db.Actor = "test";
        var year = await db.FundYears.SingleAsync(y => y.Year == 2020);
        var day = 0;
        foreach (var project in year.Projects)
        {
            var targets = project.Shares.Select(SpendingTarget.Share)
                .Concat(project.Subprojects.Select(s => SpendingTarget.Subproject(s.Id)))
                .Append(SpendingTarget.Project);
            foreach (var target in targets)
            {
                day++;
                // Whatever the node still has free is enough for a few fen; a node with nothing free is skipped.
                project.RecordSpending(target, new DateOnly(2020, 1 + (day % 12), 1 + (day % 28)), Money.FromFen(100 + day), null, year.CutOffDate);
                project.RecordSpending(target, year.CutOffDate.AddDays(1 + (day % 20)), Money.FromFen(7), null, year.CutOffDate);
            }
        }

        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Every_node_equals_the_domain_budget_at_the_cut_off()
    {
        await using var db = _database.CreateDbContext();
        var year = await db.FundYears.AsNoTracking().SingleAsync(y => y.Year == 2020);

        var spent = await SpentAtCutOff.LoadAsync(db, year, TestContext.Current.CancellationToken);

        Assert.Contains(year.Projects.SelectMany(p => p.Spendings), s => s.Date > year.CutOffDate);
        Assert.Contains(year.Projects.SelectMany(p => p.Spendings), s => s.SubprojectId is not null && s.StreetShareId is not null);
        foreach (var project in year.Projects)
        {
            Assert.Equal(project.Budget(year.CutOffDate).SpentInTotal, spent.OfProject(project.Id));
            foreach (var subproject in project.Subprojects)
                Assert.Equal(project.SubprojectBudget(subproject.Id, year.CutOffDate).SpentInTotal, spent.OfSubproject(project.Id, subproject.Id));
        }
    }
}

public sealed class SpentAtCutOffTestsOnSqlite() : SpentAtCutOffTests(DatabaseProvider.Sqlite);

public sealed class SpentAtCutOffTestsOnPostgres() : SpentAtCutOffTests(DatabaseProvider.Postgres);
