using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.ElderlySubsidy;
using Portal.Features.ElderlySubsidy;
using Portal.Features.ElderlySubsidy.Import;
using Portal.Features.FundYears;
using Portal.Security;
using Portal.Tests.Support;

namespace Portal.Tests.Features.ElderlySubsidy;

/// <summary>Importing monthly figures: the same rules as the grid, all rows or none.</summary>
public sealed class SubsidyImportServiceTests : IAsyncLifetime
{
    private const string Header = "街道,年度,月份,补贴类型,人次,彩票公益金（元）,区财政配套（元）,说明";

    private TestDatabase _database = null!;
    private ServiceHarness _officer = null!;

    public async ValueTask InitializeAsync()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        _database = await TestDatabase.SeededAsync();
        await _database.RegisterAsync("manager");
        await _database.RegisterAsync("officer", "xinjiekou");
        await using var manager = new ServiceHarness(_database, ServiceHarness.Principal("manager", PortalRoles.Manager));
        Assert.True((await manager.Get<FundYearAdminService>().CreateYearAsync(new NewFundYear("2021", "10160", "9960", "200", "2022-02-28"))).IsSuccess);
        _officer = new ServiceHarness(_database, ServiceHarness.Principal("officer", PortalRoles.StreetStaff));
    }

    public async ValueTask DisposeAsync()
    {
        await _officer.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_gbk_csv_from_chinese_excel_is_previewed_and_committed_as_drafts()
    {
        var csv = Gbk(Header, "新街口街道,2021,1,高龄津贴,\"1,200\",\"120,000.00\",\"30,000.00\",", "新街口,2021,1,失能补贴,３００,\"60,000\",0,", "xinjiekou,2021,2,高龄津贴,1210,121000,0,");

        var preview = await Import().PreviewAsync(new MemoryStream(csv), "一月.csv");
        Assert.True(preview.CanCommit, string.Join("; ", preview.Rows.SelectMany(r => r.Errors)));
        Assert.Equal(["新街口街道", "新街口街道", "新街口街道"], preview.Rows.Select(r => r.Street));
        Assert.Equal(["高龄津贴", "失能老年人护理补贴", "高龄津贴"], preview.Rows.Select(r => r.Subsidy));

        var committed = await Import().CommitAsync(new MemoryStream(csv), "一月.csv");
        Assert.True(committed.IsSuccess, committed.Error);

        var grid = (await _officer.Get<MonthlyEntryService>().GridAsync("xinjiekou", 2021)).Value!;
        var january = grid.Months.Single(m => m.Month == 1);
        Assert.Equal(MonthState.Draft, january.State);
        Assert.Equal((1200L, "120,000.00", "30,000.00"), Line(january, SubsidyType.AdvancedAgeCode));
        Assert.Equal((300L, "60,000.00", "0.00"), Line(january, SubsidyType.DisabilityCareCode));
        Assert.Equal(MonthState.Draft, grid.Months.Single(m => m.Month == 2).State);
    }

    [Fact]
    public async Task One_bad_row_means_nothing_is_written_and_every_error_names_its_row_and_column()
    {
        var csv = Utf8(Header, "新街口,2021,1,高龄津贴,1200,120000,0,", "新街口,2021,13,高龄津贴,12.5,abc,0,", "新街口,2021,3,护理补贴,10,1000,0,");
        var before = await AuditCountAsync();

        var preview = await Import().PreviewAsync(new MemoryStream(csv), "bad.csv");
        var result = await Import().CommitAsync(new MemoryStream(csv), "bad.csv");

        Assert.False(preview.CanCommit);
        Assert.Equal(2, preview.ErrorRows);
        var errors = preview.Rows.SelectMany(r => r.Errors).Select(e => e.ToString()).ToList();
        Assert.Contains("第 3 行“月份”：" + ImportMessages.MonthInvalid, errors);
        Assert.Contains("第 3 行“人次”：" + SubsidyMessages.PersonTimesWhole, errors);
        Assert.Contains("第 3 行“彩票公益金（元）”：" + Portal.Domain.Common.MoneyMessages.NotANumber("abc"), errors);
        Assert.Contains("第 4 行“补贴类型”：" + ImportMessages.UnknownSubsidy("护理补贴"), errors);
        Assert.StartsWith(ImportMessages.NothingImported, result.Error, StringComparison.Ordinal);
        Assert.Equal(before, await AuditCountAsync());
        Assert.Equal(MonthState.NotFiled, (await _officer.Get<MonthlyEntryService>().GridAsync("xinjiekou", 2021)).Value!.Months[0].State);
    }

    [Fact]
    public async Task A_row_that_breaks_a_domain_rule_at_commit_rolls_back_the_rows_before_it()
    {
        // January, submitted, takes the whole 9960 万元 elderly block; February is fine, March one fen over.
        Assert.True((await _officer.Get<MonthlyEntryService>().SubmitAsync(new MonthEntry("xinjiekou", 2021, 1, null,
            [new LineEntry(SubsidyType.AdvancedAgeCode, "124,500", "99,600,000.00", "0", null)]))).IsSuccess);
        var csv = Utf8(Header, "新街口,2021,2,高龄津贴,10,0,1000,", "新街口,2021,3,高龄津贴,1,0.01,0,");
        var before = await AuditCountAsync();

        var result = await Import().CommitAsync(new MemoryStream(csv), "over.csv");

        Assert.Contains("第 3 行“彩票公益金（元）”：彩票公益金 0.000001 万元超过", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, await AuditCountAsync());
        Assert.Equal(MonthState.NotFiled, (await _officer.Get<MonthlyEntryService>().GridAsync("xinjiekou", 2021)).Value!.Months[1].State);
    }

    [Fact]
    public async Task An_officer_cannot_import_another_street_s_rows()
    {
        var csv = Utf8(Header, "新街口,2021,1,高龄津贴,10,1000,0,", "德胜,2021,1,高龄津贴,10,1000,0,");

        var preview = await Import().PreviewAsync(new MemoryStream(csv), "two-streets.csv");
        var result = await Import().CommitAsync(new MemoryStream(csv), "two-streets.csv");

        Assert.Contains(preview.Rows.Single(r => r.RowNumber == 3).Errors, e => e.Message == ImportMessages.OwnStreetOnly);
        Assert.Equal(AuthorizationMessages.OtherStreet, result.Error);
        Assert.Contains(_officer.Logs.Entries, e => e.EventId.Id == 4030 && e.Message.Contains(nameof(PortalOperation.ImportSubsidyReports), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_submitted_month_cannot_be_overwritten_by_an_import_and_duplicates_are_named()
    {
        Assert.True((await _officer.Get<MonthlyEntryService>().SubmitAsync(new MonthEntry("xinjiekou", 2021, 1, null,
            [new LineEntry(SubsidyType.AdvancedAgeCode, "10", "1000", "0", null)]))).IsSuccess);
        var csv = Utf8(Header, "新街口,2021,1,高龄津贴,10,1000,0,", "新街口,2021,2,高龄津贴,10,1000,0,", "新街口,2021,2,高龄津贴,11,1100,0,");

        var preview = await Import().PreviewAsync(new MemoryStream(csv), "again.csv");

        Assert.Contains(preview.Rows[0].Errors, e => e.Message == ImportMessages.Locked);
        Assert.Contains(preview.Rows[2].Errors, e => e.Message == ImportMessages.Duplicate(3));
        Assert.Empty(preview.Rows[1].Errors);
    }

    [Fact]
    public async Task The_excel_template_round_trips_into_a_preview()
    {
        var preview = await Import().PreviewAsync(new MemoryStream(SubsidyImportTemplate.Xlsx()), "模板.xlsx");

        var row = Assert.Single(preview.Rows);
        Assert.Empty(row.Errors);
        Assert.Equal(("新街口街道", 2021, 1, 1200L, "150,000.00"), (row.Street, row.Year, row.Month, row.PersonTimes!.Value, row.Lottery!.Value.ToYuan()));
    }

    [Fact]
    public async Task A_file_that_is_not_a_spreadsheet_is_refused_with_a_chinese_message()
    {
        var preview = await Import().PreviewAsync(new MemoryStream("%PDF-1.7 not a workbook"u8.ToArray()), "报表.xlsx");

        Assert.Equal(SubsidyFileMessages.NotXlsx, preview.FileError);
        Assert.False(preview.CanCommit);
    }

    private SubsidyImportService Import() => _officer.Get<SubsidyImportService>();

    private static (long, string, string) Line(MonthRow month, string code)
    {
        var line = month.Lines.Single(l => l.SubsidyCode == code);
        return (line.PersonTimes, line.Lottery.ToYuan(), line.Matching.ToYuan());
    }

    private static byte[] Gbk(params string[] lines) => Encoding.GetEncoding(936).GetBytes(string.Join("\r\n", lines) + "\r\n");

    private static byte[] Utf8(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");

    private async Task<int> AuditCountAsync()
    {
        await using var db = _database.CreateDbContext();
        return await db.AuditEntries.CountAsync();
    }
}
