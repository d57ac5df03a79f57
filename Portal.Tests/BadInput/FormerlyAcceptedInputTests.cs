using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Domain.SocialAssistance;
using Portal.Features.ElderlySubsidy;
using Portal.Features.ElderlySubsidy.Import;
using Portal.Features.FundYears;
using Portal.Features.SocialAssistance;
using Portal.Security;
using Portal.Tests.Support;

namespace Portal.Tests.BadInput;

/// <summary>Inputs the portal once accepted without a word; each is now refused in Chinese or kept within its column.</summary>
public sealed class FormerlyAcceptedInputTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private ServiceHarness _manager = null!;
    private ServiceHarness _officer = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.SeededAsync();
        await _database.RegisterAsync("manager");
        await _database.RegisterAsync("officer", "xinjiekou");
        _manager = new ServiceHarness(_database, ServiceHarness.Principal("manager", PortalRoles.Manager));
        _officer = new ServiceHarness(_database, ServiceHarness.Principal("officer", PortalRoles.StreetStaff));
        Assert.True((await _manager.Get<FundYearAdminService>().CreateYearAsync(new NewFundYear("2021", "300", "100", "200", "2022-02-28"))).IsSuccess);
    }

    public async ValueTask DisposeAsync()
    {
        await _manager.DisposeAsync();
        await _officer.DisposeAsync();
        await _database.DisposeAsync();
    }

    private static ProjectForm Form(string cycleKind = "year", ProjectArea? area = null) =>
        new("宣传项目", null, cycleKind, "2021-01-01", "2021-12-31", "1", "朱建国", "83418099", ProjectStatus.Planned, area ?? ProjectArea.SocialAssistance, null, null, null);

    [Fact]
    public async Task An_unknown_project_area_is_refused()
    {
        var result = await _manager.Get<ProjectService>().CreateAsync(2021, Form(area: new ProjectArea("no-such-area")));

        Assert.Equal(ProjectMessages.UnknownArea, result.FieldErrors[Fields.Area]);
    }

    [Fact]
    public async Task An_unknown_cycle_kind_is_refused_instead_of_read_as_dates()
    {
        var result = await _manager.Get<ProjectService>().CreateAsync(2021, Form(cycleKind: "bogus"));

        Assert.Equal(CycleMessages.UnknownKind, result.FieldErrors[ProjectFields.Cycle]);
    }

    [Theory]
    [InlineData(201, 2, "指标名称不能超过 200 个字。")]
    [InlineData(4, 21, "计量单位不能超过 20 个字。")]
    public void Indicator_names_and_units_keep_to_their_columns(int nameLength, int unitLength, string message)
    {
        var details = new IndicatorDetails(IndicatorCategory.Output, new string('指', nameLength), new string('人', unitLength), IndicatorComparison.Equal, 1m, null);

        Assert.Equal(message, details.Validate().Error);
    }

    [Fact]
    public void A_rate_level_name_over_50_characters_is_refused()
    {
        var type = SubsidyType.Create("test-subsidy", "测试补贴", 9).Value;

        Assert.Equal(SubsidyMessages.RateLevelNameTooLong, type.AddRateTable(new DateOnly(2022, 1, 1), [new RateLevel(new string('档', 51), Money.FromYuan(100))]).Error);
        Assert.True(type.AddRateTable(new DateOnly(2022, 1, 1), [new RateLevel(new string('档', 50), Money.FromYuan(100))]).IsSuccess);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public async Task Bulk_approval_of_a_month_that_does_not_exist_is_refused(int month)
    {
        Assert.Equal(SubsidyMessages.MonthOutOfRange, (await _manager.Get<ReviewService>().ApproveMonthAsync(2021, month)).Error);
    }

    [Fact]
    public async Task Two_lines_for_one_subsidy_in_one_month_are_refused_rather_than_the_last_winning()
    {
        var result = await _officer.Get<MonthlyEntryService>().SaveDraftAsync(new MonthEntry("xinjiekou", 2021, 1, null,
        [
            new LineEntry(SubsidyType.AdvancedAgeCode, "10", "1000", "0", null),
            new LineEntry(SubsidyType.AdvancedAgeCode, "99", "9900", "0", null),
        ]));

        Assert.Equal(SubsidyMessages.DuplicateSubsidyLine, result.FieldErrors[EntryFields.PersonTimes(SubsidyType.AdvancedAgeCode)]);
    }

    [Fact]
    public async Task A_very_long_import_file_name_keeps_the_audit_actor_within_its_column()
    {
        var csv = System.Text.Encoding.UTF8.GetBytes("街道,年度,月份,补贴类型,人次,彩票公益金（元）,区财政配套（元）,说明\n新街口,2021,1,高龄津贴,10,1000,0,\n");

        var result = await _officer.Get<SubsidyImportService>().CommitAsync(new MemoryStream(csv), new string('长', 300) + ".csv");

        Assert.True(result.IsSuccess, result.Error);
        await using var db = _database.CreateDbContext();
        Assert.All(await db.AuditEntries.Select(a => a.Actor).ToListAsync(), actor => Assert.True(actor.Length <= 200, actor));
    }
}
