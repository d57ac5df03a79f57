using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Features;
using Portal.Features.ElderlySubsidy;
using Portal.Features.FundYears;
using Portal.Features.Users;
using Portal.Infrastructure.Data;
using Portal.Security;
using Portal.Tests.Support;

namespace Portal.Tests.Features.ElderlySubsidy;

/// <summary>
/// A new fund year created by a manager and filled month by month by a street officer, through the same
/// services the pages use, on a real database.
/// </summary>
public sealed class MonthlyEntryServiceTests : IAsyncLifetime
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
        var created = await _manager.Get<FundYearAdminService>().CreateYearAsync(new NewFundYear("2021", "10,160", "9,960", "200", "2022-02-28"));
        Assert.True(created.IsSuccess, created.Error);
    }

    public async ValueTask DisposeAsync()
    {
        await _manager.DisposeAsync();
        await _officer.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_month_goes_from_draft_to_submitted_returned_corrected_and_approved_then_is_locked()
    {
        var entry = _officer.Get<MonthlyEntryService>();
        var review = _manager.Get<ReviewService>();

        Assert.True((await entry.SaveDraftAsync(January(null, "1,200", "120,000", "0"))).IsSuccess);
        var draft = await MonthAsync(1);
        Assert.Equal(MonthState.Draft, draft.State);

        Assert.True((await entry.SubmitAsync(January(draft.Version, "1,200", "120,000", "0"))).IsSuccess);
        var submitted = await MonthAsync(1);
        Assert.Equal(MonthState.Submitted, submitted.State);
        Assert.Equal(SubsidyMessages.AwaitingReview, (await entry.SaveDraftAsync(January(submitted.Version, "1", "100", "0"))).Error);

        Assert.True((await review.ReturnAsync(submitted.ReportId!.Value, "人次与系统导出不符", submitted.Version!.Value)).IsSuccess);
        var returned = await MonthAsync(1);
        Assert.Equal((MonthState.Returned, "人次与系统导出不符"), (returned.State, returned.ReviewComment));

        Assert.True((await entry.SubmitAsync(January(returned.Version, "1,210", "121,000", "0"))).IsSuccess);
        var resubmitted = await MonthAsync(1);
        Assert.True((await review.ApproveAsync(resubmitted.ReportId!.Value, resubmitted.Version!.Value)).IsSuccess);

        var approved = await MonthAsync(1);
        Assert.Equal(MonthState.Approved, approved.State);
        Assert.Equal(1210, approved.Lines.Single(l => l.SubsidyCode == SubsidyType.AdvancedAgeCode).PersonTimes);
        Assert.Equal(SubsidyMessages.Locked, (await entry.SaveDraftAsync(January(approved.Version, "1", "100", "0"))).Error);

        var totals = (await _manager.Get<ElderlySubsidyTotalsService>().TotalsAsync(2021)).Value!;
        Assert.Equal(1210, totals.PersonTimes);
        Assert.Equal("12.1", totals.Lottery.ToWanYuan());
        Assert.Equal(1210, totals.ByMonth.Single(m => m.Month == 1).PersonTimes);
        Assert.Equal(1, totals.ByStreet.Single(s => s.StreetCode == "xinjiekou").MonthsApproved);
        Assert.False(totals.IsAnnualOnly);
    }

    [Fact]
    public async Task Bad_input_gets_a_message_per_field_and_writes_nothing()
    {
        var before = await AuditCountAsync();

        var result = await _officer.Get<MonthlyEntryService>().SaveDraftAsync(January(null, "12.5", "-3", "1.234"));

        Assert.Equal(FormResult.CorrectTheFields, result.Error);
        Assert.Equal(SubsidyMessages.PersonTimesWhole, result.FieldErrors[EntryFields.PersonTimes(SubsidyType.AdvancedAgeCode)]);
        Assert.Equal(MoneyMessages.Negative, result.FieldErrors[EntryFields.Lottery(SubsidyType.AdvancedAgeCode)]);
        Assert.Equal(MoneyMessages.TooManyDecimals("元", 2), result.FieldErrors[EntryFields.Matching(SubsidyType.AdvancedAgeCode)]);
        Assert.Equal(before, await AuditCountAsync());
        Assert.Equal(MonthState.NotFiled, (await MonthAsync(1)).State);
    }

    [Fact]
    public async Task An_amount_outside_the_rates_is_kept_as_a_draft_with_a_warning_but_needs_a_comment_to_submit()
    {
        var entry = _officer.Get<MonthlyEntryService>();

        // 10 person-times and 9,000 yuan: 900 per person-time, above the highest advanced-age rate (800).
        Assert.True((await entry.SaveDraftAsync(January(null, "10", "9,000", "0"))).IsSuccess);
        var draft = await MonthAsync(1);
        var line = draft.Lines.Single(l => l.SubsidyCode == SubsidyType.AdvancedAgeCode);
        Assert.True(line.RateFlag);
        Assert.Contains("900.00", line.Warning, StringComparison.Ordinal);

        var refused = await entry.SubmitAsync(January(draft.Version, "10", "9,000", "0"));
        Assert.Equal(SubsidyMessages.FlagNeedsComment, refused.FieldErrors[EntryFields.Comment(SubsidyType.AdvancedAgeCode)]);
        Assert.Equal(MonthState.Draft, (await MonthAsync(1)).State);

        Assert.True((await entry.SubmitAsync(January(draft.Version, "10", "9,000", "0", "补发 2020 年 12 月"))).IsSuccess);
        Assert.Equal(MonthState.Submitted, (await MonthAsync(1)).State);
    }

    [Fact]
    public async Task Lottery_money_across_the_year_fits_the_elderly_block_to_the_fen()
    {
        var entry = _officer.Get<MonthlyEntryService>();

        // The 2021 elderly block is 9960 万元 = 99,600,000 yuan; one person-time may carry at most 800.
        var over = await entry.SaveDraftAsync(January(null, "124,500", "99,600,000.01", "0"));
        Assert.StartsWith("彩票公益金 9960.000001 万元超过", over.FieldErrors[EntryFields.Lottery(SubsidyType.AdvancedAgeCode)], StringComparison.Ordinal);
        Assert.Equal(MonthState.NotFiled, (await MonthAsync(1)).State);

        // A draft does not count, so it leaves the block to the others: what is left is what the totals page shows.
        Assert.True((await entry.SaveDraftAsync(January(null, "124,500", "99,600,000.00", "0"))).IsSuccess);
        Assert.True((await entry.SaveDraftAsync(new MonthEntry("xinjiekou", 2021, 2, null, [new LineEntry(SubsidyType.AdvancedAgeCode, "1", "0.01", "0", null)]))).IsSuccess);

        // Submitted, January counts: February can no longer be submitted with a single fen of lottery money.
        Assert.True((await entry.SubmitAsync(January((await MonthAsync(1)).Version, "124,500", "99,600,000.00", "0"))).IsSuccess);
        var february = await entry.SubmitAsync(new MonthEntry("xinjiekou", 2021, 2, (await MonthAsync(2)).Version, [new LineEntry(SubsidyType.AdvancedAgeCode, "1", "0.01", "0", null)]));
        Assert.StartsWith("彩票公益金 0.000001 万元超过", february.FieldErrors[EntryFields.Lottery(SubsidyType.AdvancedAgeCode)], StringComparison.Ordinal);
        Assert.Equal(Money.Zero, (await _manager.Get<ElderlySubsidyTotalsService>().TotalsAsync(2021)).Value!.LotteryLeft);
    }

    [Fact]
    public async Task A_month_that_has_not_started_cannot_be_entered()
    {
        Assert.True((await _manager.Get<FundYearAdminService>().CreateYearAsync(new NewFundYear("2026", "100", "60", "40", "2027-02-28"))).IsSuccess);
        var entry = _officer.Get<MonthlyEntryService>();

        var december = await entry.SaveDraftAsync(new MonthEntry("xinjiekou", 2026, 12, null, [new LineEntry(SubsidyType.AdvancedAgeCode, "1", "0", "100", null)]));
        var november = await entry.SaveDraftAsync(new MonthEntry("xinjiekou", 2026, 11, null, [new LineEntry(SubsidyType.AdvancedAgeCode, "1", "0", "100", null)]));

        Assert.Equal(SubsidyMessages.FutureMonth(2026, 12), december.Error);
        Assert.True(november.IsSuccess, november.Error);
        var grid = (await entry.GridAsync("xinjiekou", 2026)).Value!;
        Assert.Equal(MonthState.Future, grid.Months.Single(m => m.Month == 12).State);
    }

    [Fact]
    public async Task A_second_save_from_a_stale_page_is_refused_and_keeps_the_first()
    {
        var entry = _officer.Get<MonthlyEntryService>();
        Assert.True((await entry.SaveDraftAsync(January(null, "100", "10,000", "0"))).IsSuccess);
        var opened = await MonthAsync(1);

        Assert.True((await entry.SaveDraftAsync(January(opened.Version, "101", "10,100", "0"))).IsSuccess);
        var stale = await entry.SaveDraftAsync(January(opened.Version, "999", "99,900", "0"));

        Assert.StartsWith("已被 officer 测试用户 于 ", stale.Error, StringComparison.Ordinal);
        Assert.Equal(101, (await MonthAsync(1)).Lines.Single(l => l.SubsidyCode == SubsidyType.AdvancedAgeCode).PersonTimes);
    }

    [Fact]
    public async Task Months_past_their_deadline_show_as_overdue_and_the_deadline_day_is_the_manager_s()
    {
        var grid = (await _officer.Get<MonthlyEntryService>().GridAsync("xinjiekou", 2021)).Value!;
        Assert.All(grid.Months, m => Assert.True(m.IsOverdue));
        Assert.Equal(new DateOnly(2021, 2, 20), grid.Months[0].DueDate);

        Assert.True((await _manager.Get<FundYearAdminService>().SetReportDeadlineDayAsync(2021, "１０")).IsSuccess);
        var changed = (await _officer.Get<MonthlyEntryService>().GridAsync("xinjiekou", 2021)).Value!;
        Assert.Equal(new DateOnly(2021, 2, 10), changed.Months[0].DueDate);
    }

    [Fact]
    public async Task A_year_known_only_from_yearly_totals_has_no_overdue_street_months()
    {
        var grid = (await _officer.Get<MonthlyEntryService>().GridAsync("xinjiekou", 2020)).Value!;

        Assert.True(grid.AnnualSummaryOnly);
        Assert.DoesNotContain(grid.Months, m => m.IsOverdue);
        Assert.False((await _officer.Get<MonthlyEntryService>().GridAsync("xinjiekou", 2021)).Value!.AnnualSummaryOnly);
    }

    [Fact]
    public async Task Bulk_approval_locks_every_submitted_report_of_the_month_and_only_those()
    {
        await _database.RegisterAsync("officer-desheng", "desheng");
        await using var desheng = new ServiceHarness(_database, ServiceHarness.Principal("officer-desheng", PortalRoles.StreetStaff));
        Assert.True((await _officer.Get<MonthlyEntryService>().SubmitAsync(January(null, "10", "1,000", "0"))).IsSuccess);
        Assert.True((await desheng.Get<MonthlyEntryService>().SubmitAsync(January(null, "20", "2,000", "0") with { StreetCode = "desheng" })).IsSuccess);
        Assert.True((await _officer.Get<MonthlyEntryService>().SaveDraftAsync(January(null, "30", "3,000", "0") with { Month = 2 })).IsSuccess);

        Assert.True((await _manager.Get<ReviewService>().ApproveMonthAsync(2021, 1)).IsSuccess);

        var queue = (await _manager.Get<ReviewService>().QueueAsync(2021)).Value!;
        Assert.Empty(queue.Submitted);
        Assert.Equal(2, queue.Approved.Count);
        Assert.Equal(MonthState.Draft, (await MonthAsync(2)).State);
        Assert.Equal(SubsidyMessages.NothingToApprove(1), (await _manager.Get<ReviewService>().ApproveMonthAsync(2021, 1)).Error);
    }

    [Fact]
    public async Task A_month_a_manager_corrected_and_submitted_is_refused_to_them_unless_the_district_turns_separation_off()
    {
        Assert.True((await _manager.Get<MonthlyEntryService>().SubmitAsync(January(null, "1,200", "120,000", "0"))).IsSuccess);
        var submitted = await MonthAsync(1);

        Assert.Equal(SubsidyMessages.ApproverIsLastEditor,
            (await _manager.Get<ReviewService>().ApproveAsync(submitted.ReportId!.Value, submitted.Version!.Value)).Error);
        Assert.Equal(MonthState.Submitted, (await MonthAsync(1)).State);

        var directory = (await _manager.Get<UserDirectoryService>().ListAsync()).Value!;
        Assert.True(directory.SeparateApproval);
        Assert.True((await _manager.Get<UserDirectoryService>().SetSeparateApprovalAsync(false, directory.DistrictVersion)).IsSuccess);
        Assert.False((await _manager.Get<UserDirectoryService>().ListAsync()).Value!.SeparateApproval);
        Assert.Equal(AuthorizationMessages.ManagerOnly, (await _officer.Get<UserDirectoryService>().SetSeparateApprovalAsync(true, directory.DistrictVersion)).Error);
        Assert.True((await _manager.Get<ReviewService>().ApproveAsync(submitted.ReportId!.Value, submitted.Version!.Value)).IsSuccess);
        Assert.Equal(MonthState.Approved, (await MonthAsync(1)).State);
    }

    [Fact]
    public async Task A_second_manager_approves_what_the_first_entered()
    {
        await _database.RegisterAsync("second-manager");
        await using var second = new ServiceHarness(_database, ServiceHarness.Principal("second-manager", PortalRoles.Manager));
        Assert.True((await _manager.Get<MonthlyEntryService>().SubmitAsync(January(null, "1,200", "120,000", "0"))).IsSuccess);

        Assert.True((await second.Get<ReviewService>().ApproveMonthAsync(2021, 1)).IsSuccess);
        Assert.Equal(MonthState.Approved, (await MonthAsync(1)).State);
    }

    private static MonthEntry January(Guid? version, string personTimes, string lottery, string matching, string? comment = null) =>
        new("xinjiekou", 2021, 1, version,
        [
            new LineEntry(SubsidyType.AdvancedAgeCode, personTimes, lottery, matching, comment),
            new LineEntry(SubsidyType.DisabilityCareCode, "0", "0", "0", null),
        ]);

    private async Task<MonthRow> MonthAsync(int month) =>
        (await _officer.Get<MonthlyEntryService>().GridAsync("xinjiekou", 2021)).Value!.Months.Single(m => m.Month == month);

    private async Task<int> AuditCountAsync()
    {
        await using var db = _database.CreateDbContext();
        return await db.AuditEntries.CountAsync();
    }
}
