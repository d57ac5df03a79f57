using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Features.ElderlySubsidy;
using Portal.Features.FundYears;
using Portal.Infrastructure.Data;
using Portal.Security;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// Streets saving at the same moment are checked one after the other against the year's elderly block:
/// SQLite's immediate transactions and PostgreSQL's write lock must both keep the sum within it.
/// </summary>
public abstract class ElderlyBlockRaceTests(DatabaseProvider provider)
{
    private static readonly string[] Streets = ["xinjiekou", "yuetan", "desheng", "niujie", "dashilan", "tianqiao"];

    [Fact]
    public async Task Six_streets_submitting_at_once_cannot_together_pass_the_elderly_block()
    {
        // A SQLite file as the portal has it: shared-cache memory databases refuse a second writer instead of waiting.
        await using var database = await TestDatabase.UnmigratedAsync(provider);
        await database.Startup().RunAsync(TestContext.Current.CancellationToken);
        await database.RegisterAsync("manager");
        await using (var manager = new ServiceHarness(database, ServiceHarness.Principal("manager", PortalRoles.Manager)))
        {
            // The 2021 elderly block is 9960 万元: four months of 2000 万元 fit, a fifth does not.
            var created = await manager.Get<FundYearAdminService>().CreateYearAsync(new NewFundYear("2021", "10,160", "9,960", "200", "2022-02-28"));
            Assert.True(created.IsSuccess, created.Error);
        }

        var officers = new List<ServiceHarness>();
        foreach (var street in Streets)
        {
            await database.RegisterAsync("officer-" + street, street);
            officers.Add(new ServiceHarness(database, ServiceHarness.Principal("officer-" + street, PortalRoles.StreetStaff)));
        }

        try
        {
            using var start = new ManualResetEventSlim();
            var saves = Streets.Select((street, i) => Task.Run(async () =>
            {
                start.Wait(TestContext.Current.CancellationToken);
                return await officers[i].Get<MonthlyEntryService>().SubmitAsync(new MonthEntry(street, 2021, 1, null,
                [
                    new LineEntry(SubsidyType.AdvancedAgeCode, "30,000", "20,000,000", "0", null),
                    new LineEntry(SubsidyType.DisabilityCareCode, "0", "0", "0", null),
                ]));
            }, TestContext.Current.CancellationToken)).ToList();
            start.Set();
            var results = await Task.WhenAll(saves);

            Assert.Equal(4, results.Count(r => r.IsSuccess));
            Assert.All(results.Where(r => !r.IsSuccess), r => Assert.StartsWith("彩票公益金 ", r.FieldErrors[EntryFields.Lottery(SubsidyType.AdvancedAgeCode)], StringComparison.Ordinal));
            await using var db = database.CreateDbContext();
            var year = await db.FundYears.SingleAsync(y => y.Year == 2021, TestContext.Current.CancellationToken);
            var saved = await db.SubsidyReports.Where(r => r.FundYearId == year.Id).ToListAsync(TestContext.Current.CancellationToken);
            Assert.Equal(4, saved.Count);
            Assert.Equal(Money.FromWanYuan(8000), Money.Sum(saved.Select(r => r.Lottery)));
        }
        finally
        {
            foreach (var officer in officers)
                await officer.DisposeAsync();
        }
    }
}

public sealed class ElderlyBlockRaceTestsOnSqlite() : ElderlyBlockRaceTests(DatabaseProvider.Sqlite);

public sealed class ElderlyBlockRaceTestsOnPostgres() : ElderlyBlockRaceTests(DatabaseProvider.Postgres);
