using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Features.ElderlySubsidy;
using Portal.Features.ElderlySubsidy.Import;
using Portal.Features.FundYears;
using Portal.Security;
using Portal.Tests.Support;

namespace Portal.Tests.Features.ElderlySubsidy;

/// <summary>
/// The import writes new street months by bulk copy, outside EF's change tracker, with the EF model's
/// mappings. Every column it writes must be stored as EF stores it (type and text form), or EF's queries
/// would miss the rows; and each row's audit entry must read as the grid's save writes it.
/// </summary>
public sealed partial class NewReportWriterTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private ServiceHarness _manager = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.SeededAsync();
        await _database.RegisterAsync("manager");
        _manager = new ServiceHarness(_database, ServiceHarness.Principal("manager", PortalRoles.Manager));
        Assert.True((await _manager.Get<FundYearAdminService>().CreateYearAsync(new NewFundYear("2021", "10160", "9960", "200", "2022-02-28"))).IsSuccess);
    }

    public async ValueTask DisposeAsync()
    {
        await _manager.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_month_written_by_the_import_is_stored_column_by_column_as_ef_stores_one_saved_from_the_grid()
    {
        Assert.True((await _manager.Get<MonthlyEntryService>().SaveDraftAsync(new MonthEntry("xinjiekou", 2021, 1, null,
            [new LineEntry("advanced-age", "10", "1000", "500", "补发")]))).IsSuccess);
        var csv = Encoding.UTF8.GetBytes("街道,年度,月份,补贴类型,人次,彩票公益金（元）,区财政配套（元）,说明\n新街口,2021,2,高龄津贴,10,1000,500,补发\n");
        Assert.True((await _manager.Get<SubsidyImportService>().CommitAsync(new MemoryStream(csv), "二月.csv")).IsSuccess);

        await using var db = _database.CreateDbContext();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        var report = await ShapesAsync(connection, "SubsidyReports", "WHERE Month = {0}");
        var line = await ShapesAsync(connection, "SubsidyLines", "WHERE ReportId = (SELECT Id FROM SubsidyReports WHERE Month = {0})");
        var audit = await ShapesAsync(connection, "AuditEntries", "WHERE Entity = 'SubsidyReport' AND EntityId = (SELECT lower(Id) FROM SubsidyReports WHERE Month = {0})");

        Assert.Equal(report.Grid, report.Import);
        Assert.Equal(line.Grid, line.Import);
        Assert.Equal(audit.Grid, audit.Import);
        Assert.Equal(await NamesAsync(db, 1, "Added"), await NamesAsync(db, 2, "Added"));
        Assert.Contains("Id: text, upper-case id", report.Import);
        Assert.Contains("LotteryFen: integer, 100000", line.Import);
        Assert.Contains("At: text, time", audit.Import);
    }

    [Fact]
    public async Task A_grid_save_and_an_import_of_the_same_month_leave_the_same_shape_of_entry()
    {
        var entry = _manager.Get<MonthlyEntryService>();
        Assert.True((await entry.SaveDraftAsync(new MonthEntry("xinjiekou", 2021, 1, null,
            [new LineEntry("advanced-age", "10", "1000", "500", null), new LineEntry("disability-care", "2", "400", "0", null)]))).IsSuccess);
        var csv = Encoding.UTF8.GetBytes("街道,年度,月份,补贴类型,人次,彩票公益金（元）,区财政配套（元）,说明\n新街口,2021,2,高龄津贴,10,1000,500,\n新街口,2021,2,失能补贴,2,400,0,\n");
        Assert.True((await _manager.Get<SubsidyImportService>().CommitAsync(new MemoryStream(csv), "二月.csv")).IsSuccess);

        // Then both months change one line's person-times: from the grid, and by a second import over the draft.
        var january = (await entry.GridAsync("xinjiekou", 2021)).Value!.Months.Single(m => m.Month == 1);
        Assert.True((await entry.SaveDraftAsync(new MonthEntry("xinjiekou", 2021, 1, january.Version,
            [new LineEntry("advanced-age", "12", "1000", "500", null), new LineEntry("disability-care", "2", "400", "0", null)]))).IsSuccess);
        csv = Encoding.UTF8.GetBytes("街道,年度,月份,补贴类型,人次,彩票公益金（元）,区财政配套（元）,说明\n新街口,2021,2,高龄津贴,12,1000,500,\n");
        Assert.True((await _manager.Get<SubsidyImportService>().CommitAsync(new MemoryStream(csv), "二月改正.csv")).IsSuccess);

        await using var db = _database.CreateDbContext();
        Assert.Equal(0, await db.AuditEntries.CountAsync(a => a.Entity == "SubsidyLine"));
        Assert.Equal(await NamesAsync(db, 1, "Added"), await NamesAsync(db, 2, "Added"));
        Assert.Equal(await NamesAsync(db, 1, "Modified"), await NamesAsync(db, 2, "Modified"));
        Assert.Contains("Lines{", await NamesAsync(db, 2, "Added"), StringComparison.Ordinal);
        Assert.Contains("Lines{", await NamesAsync(db, 2, "Modified"), StringComparison.Ordinal);
    }

    /// <summary>
    /// The names at every level of the Before and After of the month's one entry of the action (its lines by
    /// subsidy, each line's columns), with the ids of the lines' subsidies: the entry's shape, values aside.
    /// </summary>
    private static async Task<string> NamesAsync(Portal.Infrastructure.Data.PortalDbContext db, int month, string action)
    {
        var reportId = (await db.SubsidyReports.Where(r => r.Month == month).Select(r => r.Id).SingleAsync()).ToString();
        var entry = await db.AuditEntries.Where(a => a.Entity == "SubsidyReport" && a.EntityId == reportId && a.Action == action).SingleAsync();
        static string Names(string? json) => json is null ? "null" : Of(System.Text.Json.JsonDocument.Parse(json).RootElement);
        static string Of(System.Text.Json.JsonElement element) => element.ValueKind == System.Text.Json.JsonValueKind.Object
            ? "{" + string.Join(",", element.EnumerateObject().Select(p => p.Name + Of(p.Value))) + "}"
            : "";
        return Names(entry.Before) + " → " + Names(entry.After);
    }

    /// <summary>Each column of the grid's row (month 1) and of the import's (month 2): its SQLite type and the form of its text.</summary>
    private static async Task<(List<string> Grid, List<string> Import)> ShapesAsync(DbConnection connection, string table, string where)
    {
        var columns = new List<string>();
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid";
            await using var reader = await info.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                columns.Add(reader.GetString(0));
        }

        // Columns whose values differ between any two rows by nature: compared by form only.
        string[] formOnly = ["Id", "ReportId", "Version", "EntityId", "At", "Month", "Actor", "After", "Before"];
        async Task<List<string>> RowAsync(int month)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {string.Join(", ", columns.Select(c => $"typeof(\"{c}\"), \"{c}\""))} FROM \"{table}\" " + string.Format(CultureInfo.InvariantCulture, where, month);
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync(), table + " has no row for month " + month);
            var shapes = columns.Select((c, i) =>
            {
                var value = reader.IsDBNull((2 * i) + 1) ? null : Convert.ToString(reader.GetValue((2 * i) + 1), CultureInfo.InvariantCulture);
                var form = formOnly.Contains(c) ? FormOf(value) : value ?? "null";
                return $"{c}: {reader.GetString(2 * i)}, {form}";
            }).ToList();
            Assert.False(await reader.ReadAsync(), table + " has two rows for month " + month);
            return shapes;
        }

        return (await RowAsync(1), await RowAsync(2));
    }

    private static string FormOf(string? value) => value switch
    {
        null => "null",
        _ when Guid.TryParseExact(value, "D", out _) => !value.Any(char.IsAsciiLetterLower) ? "upper-case id" : !value.Any(char.IsAsciiLetterUpper) ? "lower-case id" : "mixed-case id",
        _ when Time().IsMatch(value) => "time",
        _ when long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _) => "number",
        _ when value.StartsWith('{') => "json",
        _ => "text",
    };

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,7})?$")]
    private static partial Regex Time();
}
