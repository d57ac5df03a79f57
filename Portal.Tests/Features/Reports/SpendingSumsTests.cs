using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.SocialAssistance;
using Portal.Features.Figures;
using Portal.Infrastructure.Data;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Reports;

/// <summary>
/// Pages add spending up in the database (<see cref="SpendingSums"/>); here every node's ledger built from
/// those sums is checked against the ledger built from the aggregate's own entries, on several dates, on a
/// year with spending on projects, subprojects, street shares of both, and after the cut-off.
/// </summary>
public abstract class SpendingSumsTests(DatabaseProvider provider) : IAsyncLifetime
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
                // Every other payment is reversed, and a reversal counts on its original's day.
                var paid = project.RecordSpending(target, new DateOnly(2020, 1 + (day % 12), 1 + (day % 28)), Money.FromFen(100 + day), null, year.SpendingWindow);
                project.RecordSpending(target, year.CutOffDate.AddDays(-(day % 40)), Money.FromFen(7), null, year.SpendingWindow);
                if (paid.IsSuccess && day % 2 == 0)
                    project.ReverseSpending(paid.Value.Id, "录错", year.SpendingWindow);
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
    public async Task Every_node_read_from_the_database_sums_equals_the_aggregate_on_every_date()
    {
        await using var db = _database.CreateDbContext();
        var year = await db.FundYears.AsNoTracking().SingleAsync(y => y.Year == 2020);

        var sums = await SpendingSums.OfYearAsync(db, year.Id, TestContext.Current.CancellationToken);

        Assert.Contains(year.Projects.SelectMany(p => p.Spendings), s => s.IsReversal);
        Assert.Contains(year.Projects.SelectMany(p => p.Spendings), s => s.SubprojectId is not null && s.StreetShareId is not null);
        DateOnly[] dates = [new(2020, 3, 31), new(2020, 12, 31), year.CutOffDate, year.CutOffDate.AddDays(30)];
        foreach (var date in dates)
        {
            foreach (var project in year.Projects)
            {
                Assert.Equal(year.LedgerOf(project).At(date), year.LedgerOf(project, sums).At(date));
                foreach (var subproject in project.Subprojects)
                    Assert.Equal(project.SubprojectLedger(subproject.Id).At(date), project.SubprojectLedger(subproject.Id, sums).At(date));
                foreach (var share in project.Shares)
                    Assert.Equal(project.ShareLedger(share.Id).At(date), project.ShareLedger(share.Id, sums).At(date));
            }
        }
    }
}

public sealed class SpendingSumsTestsOnSqlite() : SpendingSumsTests(DatabaseProvider.Sqlite);

public sealed class SpendingSumsTestsOnPostgres() : SpendingSumsTests(DatabaseProvider.Postgres);
