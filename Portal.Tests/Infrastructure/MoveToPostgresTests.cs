using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.SocialAssistance;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Data.Moving;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure;

/// <summary>`migrate-to-postgres`: a district's SQLite file moved into PostgreSQL, checked, and usable afterwards.</summary>
public sealed class MoveToPostgresTests
{
    [Fact]
    public async Task Every_row_moves_with_its_ids_times_and_money_and_the_portal_goes_on_writing_there()
    {
        await using var sqlite = await TestDatabase.UnmigratedAsync(DatabaseProvider.Sqlite);
        await sqlite.Startup().RunAsync(TestContext.Current.CancellationToken);
        var account = await sqlite.RegisterAsync("officer", "xinjiekou");
        await using (var db = sqlite.CreateDbContext())
        {
            db.Actor = "测试";
            var year = await db.FundYears.SingleAsync(TestContext.Current.CancellationToken);
            Assert.True(year.Projects.Single(p => p.Order == 1).RecordSpending(SpendingTarget.Project, new DateOnly(2021, 1, 15), Money.FromYuan(1234) + Money.FromFen(56), "迁移前", year.SpendingWindow).IsSuccess);
            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = "key-1", Xml = "<key id=\"1\" />" });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var postgres = await TestDatabase.UnmigratedAsync(DatabaseProvider.Postgres);
        var report = await PostgresMove.RunAsync(sqlite, postgres, TestContext.Current.CancellationToken);
        TestContext.Current.SendDiagnosticMessage(report.Describe());

        Assert.True(report.Verified, report.Describe());
        Assert.Contains(report.Tables, t => t.Name == "Spendings" && t.Target.Rows > 0 && t.Target.FenSums["AmountFen"] > 0);
        Assert.Contains(report.Tables, t => t.Name == "AuditEntries" && t.Target.Rows > 0);
        await using (var source = sqlite.CreateDbContext())
        await using (var target = postgres.CreateDbContext())
        {
            var before = await source.FundYears.SingleAsync(TestContext.Current.CancellationToken);
            var after = await target.FundYears.SingleAsync(TestContext.Current.CancellationToken);
            Assert.Equal((before.Id, before.Version, before.Allocated), (after.Id, after.Version, after.Allocated));
            Assert.Equal(
                before.Projects.OrderBy(p => p.Order).Select(p => (p.Id, p.Allocation, before.LedgerOf(p).SpentBy(before.CutOffDate))),
                after.Projects.OrderBy(p => p.Order).Select(p => (p.Id, p.Allocation, after.LedgerOf(p).SpentBy(after.CutOffDate))));
            var moved = await target.UserAccounts.SingleAsync(u => u.ObjectId == "officer", TestContext.Current.CancellationToken);
            Assert.Equal(account.LastSignIn, moved.LastSignIn);
            Assert.Equal(DateTimeKind.Utc, moved.LastSignIn.Kind);
            Assert.Equal("<key id=\"1\" />", (await target.DataProtectionKeys.SingleAsync(TestContext.Current.CancellationToken)).Xml);
        }

        // Audit ids were copied as they were: new entries must continue after them, not collide.
        int audited;
        await using (var db = postgres.CreateDbContext())
        {
            audited = await db.AuditEntries.CountAsync(TestContext.Current.CancellationToken);
            db.Actor = "迁移后";
            var year = await db.FundYears.SingleAsync(TestContext.Current.CancellationToken);
            Assert.True(year.Projects.Single(p => p.Order == 1).RecordSpending(SpendingTarget.Project, new DateOnly(2021, 1, 16), Money.FromYuan(1), "迁移后", year.SpendingWindow).IsSuccess);
            Assert.True((await db.SaveOrConflictAsync(TestContext.Current.CancellationToken)).IsSuccess);
        }

        await using var check = postgres.CreateDbContext();
        Assert.True(await check.AuditEntries.CountAsync(TestContext.Current.CancellationToken) > audited);
    }

    [Fact]
    public async Task A_database_that_already_holds_data_is_refused_and_left_as_it_was()
    {
        await using var sqlite = await TestDatabase.UnmigratedAsync(DatabaseProvider.Sqlite);
        await sqlite.Startup().RunAsync(TestContext.Current.CancellationToken);
        await using var postgres = await TestDatabase.UnmigratedAsync(DatabaseProvider.Postgres);
        await postgres.Startup().RunAsync(TestContext.Current.CancellationToken);
        await using (var db = postgres.CreateDbContext())
            Assert.Equal(1, await db.FundYears.CountAsync(TestContext.Current.CancellationToken));

        var report = await PostgresMove.RunAsync(sqlite, postgres, TestContext.Current.CancellationToken);

        Assert.False(report.Verified);
        Assert.StartsWith("目标 PostgreSQL 数据库不是空的", report.Refusal, StringComparison.Ordinal);
        await using var check = postgres.CreateDbContext();
        Assert.Equal(1, await check.FundYears.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(15, await check.Streets.CountAsync(TestContext.Current.CancellationToken));
    }
}
