using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Features.Audit;
using Portal.Features.ElderlySubsidy;
using Portal.Features.ElderlySubsidy.Import;
using Portal.Infrastructure.Data;
using Portal.Security;
using Portal.Tests.Support;

namespace Portal.Tests.Features.ElderlySubsidy;

/// <summary>
/// A file at the row limit: 100,000 rows of generated figures (834 generated streets × five years), written
/// whole with its audit trail (an entry per street month holding its lines, as the grid's saves write them), or
/// not at all when one row or one fen is wrong near the end.
/// </summary>
public abstract class LargeImportTests(DatabaseProvider provider) : IAsyncLifetime
{
    private const int Rows = SubsidyFileReader.MaxRows;
    private const int Streets = 834;
    private static readonly int[] Years = [2021, 2022, 2023, 2024, 2025];

    private TestDatabase _database = null!;
    private ServiceHarness _manager = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.SeededAsync(provider);
        await _database.RegisterAsync("manager");
        await using (var db = _database.CreateDbContext())
        {
            db.Actor = "测试准备（生成的街道，非真实数据）";
            var district = await db.Districts.Include(d => d.Streets).SingleAsync();
            for (var s = 1; s <= Streets; s++)
                Assert.True(district.AddStreet(string.Create(CultureInfo.InvariantCulture, $"gen-{s:000}"), StreetName(s)).IsSuccess);
            await db.SaveChangesAsync();
        }

        _manager = new ServiceHarness(_database, ServiceHarness.Principal("manager", PortalRoles.Manager));
    }

    public async ValueTask DisposeAsync()
    {
        await _manager.DisposeAsync();
        await _database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task A_file_of_100000_rows_that_uses_each_elderly_block_to_the_fen_is_written_whole_and_adds_up()
    {
        var rows = Generate();
        await CreateYearsAsync(rows, extraFen: 0);
        var progress = new Recorder();

        var result = await _manager.Get<SubsidyImportService>().CommitAsync(new MemoryStream(Csv(rows)), "全市补录.csv", progress);

        Assert.True(result.IsSuccess, result.Error);
        await using var db = _database.CreateDbContext();
        var lines = db.Set<SubsidyLine>().Where(l => db.SubsidyReports.Any(r => r.Id == l.ReportId && r.StreetId != null));
        Assert.Equal(Rows, await lines.CountAsync());
        Assert.Equal(rows.Sum(r => r.LotteryFen), Money.Sum(await lines.Select(l => l.Lottery).ToListAsync()).Fen);
        Assert.Equal(rows.Sum(r => r.PersonTimes), await lines.SumAsync(l => l.PersonTimes));
        Assert.Equal(Rows / 2, await db.SubsidyReports.CountAsync(r => r.StreetId != null && r.Status == ReportStatus.Draft));
        const string Actor = "manager 测试用户 (manager) · 导入 全市补录.csv";
        Assert.Equal(Rows / 2, await db.AuditEntries.CountAsync(a => a.Entity == nameof(SubsidyReport) && a.Action == "Added" && a.Actor == Actor));
        Assert.Equal(0, await db.AuditEntries.CountAsync(a => a.Entity == nameof(SubsidyLine)));
        Assert.Equal((ImportProgress.Writing, Rows), (progress.Last!.Stage, progress.Last.Done));
        Assert.Contains(progress.Seen, p => p.Stage == ImportProgress.Checking);

        // Read back through the portal's own services, audited as a month saved from the grid is.
        var expected = rows[^2];
        var month = (await _manager.Get<MonthlyEntryService>().GridAsync(string.Create(CultureInfo.InvariantCulture, $"gen-{expected.Street:000}"), expected.Year)).Value!
            .Months.Single(m => m.Month == expected.Month);
        Assert.Equal(MonthState.Draft, month.State);
        Assert.Equal(expected.LotteryFen, month.Lines.Single(l => l.SubsidyCode == SubsidyType.AdvancedAgeCode).Lottery.Fen);
        var history = await _manager.Get<AuditTrailService>().HistoryAsync([month.ReportId!.Value]);
        var entry = Assert.Single(history);
        Assert.Equal((nameof(SubsidyReport), "新增", StreetName(expected.Street) + "街道"), (entry.Entity, entry.Action, entry.Street));
        var advancedAge = await db.SubsidyTypes.Where(t => t.Code == SubsidyType.AdvancedAgeCode).Select(t => t.Id).SingleAsync();
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"\"{advancedAge}\":{{\"FlagComment\":null,"), entry.After, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"\"Lottery\":{expected.LotteryFen}"), entry.After, StringComparison.Ordinal);
        Assert.Contains(new AuditChange("高龄津贴 彩票公益金", null, Money.FromFen(expected.LotteryFen).ToYuan() + " 元"), entry.Changes);
    }

    [Fact]
    public async Task A_bad_row_at_row_99999_writes_nothing()
    {
        var rows = Generate();
        await CreateYearsAsync(rows, extraFen: 0);
        var before = await CountsAsync();
        var text = Csv(rows, badRow: 99_999);

        var result = await _manager.Get<SubsidyImportService>().CommitAsync(new MemoryStream(text), "全市补录.csv");

        Assert.StartsWith(ImportMessages.NothingImported, result.Error, StringComparison.Ordinal);
        Assert.Contains("第 99999 行“人次”：" + SubsidyMessages.PersonTimesWhole, result.Error, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_row_one_fen_over_the_elderly_block_at_the_last_row_writes_nothing()
    {
        // The file's rows are drafts, which leave the block to each other; a row alone above the whole block is refused.
        var rows = Generate();
        await CreateYearsAsync(rows, extraFen: 0);
        var last = rows[^1];
        rows[^1] = last with { LotteryFen = rows.Where(r => r.Year == last.Year).Sum(r => r.LotteryFen) + 1 };
        var before = await CountsAsync();

        var result = await _manager.Get<SubsidyImportService>().CommitAsync(new MemoryStream(Csv(rows)), "全市补录.csv");

        Assert.StartsWith(ImportMessages.NothingImported, result.Error, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"第 {Rows + 1} 行“彩票公益金（元）”：彩票公益金"), result.Error, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task An_import_over_a_draft_changes_it_through_the_audited_save_and_adds_the_new_months()
    {
        await CreateYearsAsync([new GeneratedRow(1, 2021, 1, "高龄津贴", 10, 100_000, 0)], extraFen: 10_000_000);
        Assert.True((await _manager.Get<MonthlyEntryService>().SaveDraftAsync(new MonthEntry("gen-001", 2021, 1, null,
            [new LineEntry(SubsidyType.AdvancedAgeCode, "10", "1000", "0", null)]))).IsSuccess);
        GeneratedRow[] rows = [new(1, 2021, 1, "高龄津贴", 12, 120_000, 0), new(1, 2021, 2, "高龄津贴", 11, 110_000, 0)];

        var result = await _manager.Get<SubsidyImportService>().CommitAsync(new MemoryStream(Csv(rows)), "改正.csv");

        Assert.True(result.IsSuccess, result.Error);
        var months = (await _manager.Get<MonthlyEntryService>().GridAsync("gen-001", 2021)).Value!.Months;
        Assert.Equal([12L, 11L], months.Where(m => m.Month <= 2).Select(m => m.Lines.Single(l => l.SubsidyCode == SubsidyType.AdvancedAgeCode).PersonTimes));
        await using var db = _database.CreateDbContext();
        var imported = await db.AuditEntries.Where(a => a.Actor.Contains("改正.csv")).Select(a => new { a.Entity, a.Action }).ToListAsync();
        Assert.Equal([(nameof(SubsidyReport), "Added"), (nameof(SubsidyReport), "Modified")], imported.Select(a => (a.Entity, a.Action)).Order());
    }

    private static string StreetName(int number) => string.Create(CultureInfo.InvariantCulture, $"生成{number:000}");

    /// <summary>GENERATED figures within the monthly rates: year, street, month, subsidy order, as the city exports them.</summary>
    private static List<GeneratedRow> Generate()
    {
        var rows = new List<GeneratedRow>(Rows);
        foreach (var year in Years)
        {
            for (var street = 1; street <= Streets && rows.Count < Rows; street++)
            {
                for (var month = 1; month <= 12 && rows.Count < Rows; month++)
                {
                    var personTimes = 50 + ((street * 7) + month) % 300;
                    rows.Add(new GeneratedRow(street, year, month, "高龄津贴", personTimes, personTimes * 100_00, personTimes * 50_00));
                    rows.Add(new GeneratedRow(street, year, month, "失能补贴", personTimes / 2, personTimes / 2 * 200_00, 0));
                }
            }
        }

        Assert.Equal(Rows, rows.Count);
        return rows;
    }

    /// <summary>Each year's elderly block is exactly the lottery money of the file's rows of that year, plus <paramref name="extraFen"/>.</summary>
    private async Task CreateYearsAsync(IReadOnlyList<GeneratedRow> rows, long extraFen)
    {
        await using var db = _database.CreateDbContext();
        db.Actor = "测试准备";
        var district = await db.Districts.SingleAsync();
        foreach (var year in rows.GroupBy(r => r.Year))
        {
            var elderly = Money.FromFen(year.Sum(r => r.LotteryFen) + extraFen);
            db.FundYears.Add(FundYear.Create(district.Id, year.Key, elderly + Money.FromWanYuan(100), elderly, Money.FromWanYuan(100), new DateOnly(year.Key + 1, 2, 28)).Value);
        }

        await db.SaveChangesAsync();
    }

    private static byte[] Csv(IEnumerable<GeneratedRow> rows, int? badRow = null)
    {
        var text = new StringBuilder("街道,年度,月份,补贴类型,人次,彩票公益金（元）,区财政配套（元）,说明\n");
        var number = 1;
        foreach (var row in rows)
        {
            var personTimes = ++number == badRow ? "12.5" : row.PersonTimes.ToString(CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture,
                $"{StreetName(row.Street)},{row.Year},{row.Month},{row.Subsidy},{personTimes},\"{Money.FromFen(row.LotteryFen).ToYuan()}\",{Money.FromFen(row.MatchingFen).ToYuan().Replace(",", string.Empty, StringComparison.Ordinal)},\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private async Task<(int Reports, int Lines, int Audit)> CountsAsync()
    {
        await using var db = _database.CreateDbContext();
        return (await db.SubsidyReports.CountAsync(), await db.Set<SubsidyLine>().CountAsync(), await db.AuditEntries.CountAsync());
    }

    private sealed record GeneratedRow(int Street, int Year, int Month, string Subsidy, long PersonTimes, long LotteryFen, long MatchingFen);

    /// <summary>Records progress as it is reported, on the reporting thread.</summary>
    private sealed class Recorder : IProgress<ImportProgress>
    {
        public List<ImportProgress> Seen { get; } = [];

        public ImportProgress? Last => Seen.Count == 0 ? null : Seen[^1];

        public void Report(ImportProgress value) => Seen.Add(value);
    }
}

public sealed class LargeImportTestsOnSqlite() : LargeImportTests(DatabaseProvider.Sqlite);

public sealed class LargeImportTestsOnPostgres() : LargeImportTests(DatabaseProvider.Postgres);
