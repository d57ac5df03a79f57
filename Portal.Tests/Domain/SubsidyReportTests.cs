using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using static Portal.Tests.Domain.DomainBuilders;

namespace Portal.Tests.Domain;

public class SubsidyReportTests
{
    private const string Officer = "officer-xinjiekou";

    private const string Reviewer = "manager-district";

    private readonly FundYear _year = FundYear2020();
    private readonly SubsidyType _care = DisabilityCare();
    private readonly SubsidyType _age = AdvancedAge();

    [Fact]
    public void Create_opens_a_draft_on_the_first_day_of_its_month()
    {
        var street = Guid.NewGuid();

        var result = SubsidyReport.Create(_year, street, 5, new DateOnly(2020, 5, 1));

        Assert.True(result.IsSuccess, result.Error);
        var report = result.Value;
        Assert.Equal(ReportStatus.Draft, report.Status);
        Assert.Equal(_year.Id, report.FundYearId);
        Assert.Equal(2020, report.Year);
        Assert.Equal(5, report.Month);
        Assert.Equal(street, report.StreetId);
        Assert.Equal(new DateOnly(2020, 5, 1), report.PeriodStart);
        Assert.False(report.IsLocked);
        Assert.Empty(report.Lines);
    }

    [Fact]
    public void Reports_and_lines_get_distinct_time_ordered_v7_ids_and_random_v4_versions()
    {
        var first = MonthReport(_year);
        Thread.Sleep(2);
        var reports = Enumerable.Range(0, 1000).Select(_ => MonthReport(_year)).ToList();
        var lines = reports.Select(r => r.SetLine(Officer, _age, 10, Yuan("1000"), Money.Zero, null, _year, Money.Zero).Value).ToList();

        var ids = reports.Select(r => r.Id).Concat(lines.Select(l => l.Id)).Append(first.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Equal((7, 0x8), (id.Version, id.Variant & 0xC)));
        Assert.All(reports, r => Assert.Equal((4, 0x8), (r.Version.Version, r.Version.Variant & 0xC)));
        Assert.Equal(reports.Count, reports.Select(r => r.Version).Distinct().Count());
        Assert.All(reports, r => Assert.True(string.CompareOrdinal(first.Id.ToString(), r.Id.ToString()) < 0));
    }

    [Fact]
    public void Create_refuses_a_month_that_has_not_started()
    {
        var result = SubsidyReport.Create(_year, Guid.NewGuid(), 5, new DateOnly(2020, 4, 30));

        Assert.Equal(SubsidyMessages.FutureMonth(2020, 5), result.Error);
    }

    [Fact]
    public void Create_of_a_whole_year_refuses_the_day_before_the_year_and_accepts_its_first_day()
    {
        Assert.Equal(SubsidyMessages.FutureMonth(2020, null), SubsidyReport.Create(_year, null, null, new DateOnly(2019, 12, 31)).Error);

        var report = SubsidyReport.Create(_year, null, null, new DateOnly(2020, 1, 1)).Value;
        Assert.Null(report.Month);
        Assert.Null(report.StreetId);
        Assert.Equal(new DateOnly(2020, 1, 1), report.PeriodStart);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void Create_refuses_a_month_outside_1_to_12(int month)
    {
        Assert.Equal(SubsidyMessages.MonthOutOfRange, SubsidyReport.Create(_year, Guid.NewGuid(), month, Later).Error);
    }

    [Fact]
    public void SetLine_refuses_negative_person_times_and_changes_nothing()
    {
        var report = MonthReport(_year);
        var version = report.Version;

        var result = report.SetLine(Officer, _care, -1, Money.Zero, Money.Zero, null, _year, Money.Zero);

        Assert.Equal(SubsidyMessages.PersonTimesNegative, result.Error);
        Assert.Empty(report.Lines);
        Assert.Equal(version, report.Version);
    }

    [Fact]
    public void SetLine_accepts_exactly_the_largest_person_times_and_refuses_one_more()
    {
        var report = MonthReport(_year);

        Assert.Equal(SubsidyMessages.PersonTimesTooLarge, report.SetLine(Officer, _care, SubsidyReport.MaxPersonTimes + 1, Money.Zero, Money.Zero, null, _year, Money.Zero).Error);
        Assert.Empty(report.Lines);
        Assert.Equal(SubsidyReport.MaxPersonTimes, report.SetLine(Officer, _care, SubsidyReport.MaxPersonTimes, Money.Zero, Money.Zero, "待核", _year, Money.Zero).Value.PersonTimes);
    }

    [Fact]
    public void SetLine_refuses_negative_money_on_either_side()
    {
        var report = MonthReport(_year);

        Assert.Equal(MoneyMessages.Negative, report.SetLine(Officer, _care, 1, Money.FromFen(-1), Yuan("200"), null, _year, Money.Zero).Error);
        Assert.Equal(MoneyMessages.Negative, report.SetLine(Officer, _care, 1, Yuan("200"), Money.FromFen(-1), null, _year, Money.Zero).Error);
        Assert.Empty(report.Lines);
    }

    [Fact]
    public void SetLine_refuses_a_comment_over_the_limit()
    {
        var report = MonthReport(_year);

        var result = report.SetLine(Officer, _care, 1, Yuan("200"), Money.Zero, new string('补', SubsidyReport.CommentMaxLength + 1), _year, Money.Zero);

        Assert.Equal(SubsidyMessages.CommentTooLong, result.Error);
        Assert.Empty(report.Lines);
    }

    [Fact]
    public void SetLine_keeps_lottery_and_matching_apart()
    {
        var report = MonthReport(_year);

        var line = report.SetLine(Officer, _care, 10, Yuan("1500"), Yuan("2500"), "  ", _year, Money.Zero).Value;

        Assert.Equal(Yuan("1500"), line.Lottery);
        Assert.Equal(Yuan("2500"), line.Matching);
        Assert.Equal(Yuan("4000"), line.Total);
        Assert.Equal(_care.Id, line.SubsidyTypeId);
        Assert.Equal(report.Id, line.ReportId);
        Assert.Null(line.FlagComment);
        Assert.Equal(Yuan("1500"), report.Lottery);
        Assert.Equal(Yuan("2500"), report.Matching);
    }

    [Theory]
    [InlineData("2000", false)]
    [InlineData("4000", false)]
    [InlineData("6000", false)]
    [InlineData("1999.99", true)]
    [InlineData("6000.01", true)]
    public void SetLine_flags_a_total_outside_10_person_times_of_the_200_to_600_yuan_rates(string totalYuan, bool flagged)
    {
        var report = MonthReport(_year);
        var matching = Yuan(totalYuan) - Yuan("1000");

        var line = report.SetLine(Officer, _care, 10, Yuan("1000"), matching, null, _year, Money.Zero).Value;

        Assert.Equal(flagged, line.RateFlag);
        Assert.Equal(flagged, report.IsOutsideRates(_care, 10, Yuan(totalYuan)));
    }

    [Fact]
    public void The_seeds_disability_care_total_is_flagged_and_advanced_age_is_not()
    {
        var report = AnnualReport(_year);

        var care = report.SetLine(Officer, _care, 176086, Wan("4512.36608"), Wan("7140.38492"), "年度汇总：含补发，待核。", _year, Money.Zero).Value;
        var age = report.SetLine(Officer, _age, 877395, Wan("5612.39392"), Wan("8881.07308"), null, _year, Money.Zero).Value;

        Assert.Equal(Wan("11652.751"), care.Total);
        Assert.True(care.RateFlag);
        Assert.Equal(Wan("14493.467"), age.Total);
        Assert.False(age.RateFlag);
        Assert.Equal(Yuan("661.76"), care.AveragePerPersonTime);
        Assert.Equal(Yuan("165.19"), age.AveragePerPersonTime);
        Assert.Equal(_year.ElderlyBlock, report.Lottery);
        Assert.True(report.Submit(Officer).IsSuccess);
    }

    [Fact]
    public void Money_without_person_times_is_flagged_and_nothing_at_all_is_not()
    {
        var report = MonthReport(_year);

        Assert.True(report.IsOutsideRates(_care, 0, OneFen));
        Assert.False(report.IsOutsideRates(_care, 0, Money.Zero));
    }

    [Fact]
    public void A_line_is_flagged_when_no_rate_table_is_in_force_yet()
    {
        var type = SubsidyType.Create("hardship", "困难老年人养老服务补贴", 3).Value;
        Assert.True(type.AddRateTable(new DateOnly(2020, 6, 1), [new RateLevel("一档", Yuan("300"))]).IsSuccess);

        Assert.True(MonthReport(_year, 5).IsOutsideRates(type, 1, Yuan("300")));
        Assert.False(MonthReport(_year, 6).IsOutsideRates(type, 1, Yuan("300")));
    }

    [Fact]
    public void Submit_is_refused_while_a_flagged_line_has_no_comment_and_changes_nothing()
    {
        var report = MonthReport(_year);
        Assert.True(report.SetLine(Officer, _care, 10, Yuan("6000.01"), Money.Zero, null, _year, Money.Zero).Value.RateFlag);
        var version = report.Version;

        var result = report.Submit(Officer);

        Assert.Equal(SubsidyMessages.FlagNeedsComment, result.Error);
        Assert.Equal(ReportStatus.Draft, report.Status);
        Assert.Equal(version, report.Version);
    }

    [Fact]
    public void Submit_is_accepted_when_the_flagged_line_has_a_comment()
    {
        var report = MonthReport(_year);
        var line = report.SetLine(Officer, _care, 10, Yuan("6000.01"), Money.Zero, "  补发 4 月  ", _year, Money.Zero).Value;

        var result = report.Submit(Officer);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("补发 4 月", line.FlagComment);
        Assert.Equal(ReportStatus.Submitted, report.Status);
    }

    [Fact]
    public void Submit_is_refused_without_any_line()
    {
        var report = MonthReport(_year);

        Assert.Equal(SubsidyMessages.NothingToSubmit, report.Submit(Officer).Error);
        Assert.Equal(ReportStatus.Draft, report.Status);
    }

    [Fact]
    public void Lottery_across_reports_may_reach_exactly_the_elderly_block()
    {
        var report = MonthReport(_year);

        var result = report.SetLine(Officer, _care, 10, Wan("124.76"), Money.Zero, "核", _year, Wan("10000"));

        Assert.True(result.IsSuccess, result.Error);
    }

    [Fact]
    public void Lottery_across_reports_one_fen_over_the_elderly_block_is_refused_and_the_line_is_unchanged()
    {
        var report = MonthReport(_year);
        var line = report.SetLine(Officer, _care, 10, Yuan("4000"), Money.Zero, null, _year, Wan("10000")).Value;
        var version = report.Version;
        var proposed = Wan("124.76") + OneFen;

        var result = report.SetLine(Officer, _care, 20, proposed, Yuan("1"), "核", _year, Wan("10000"));

        Assert.Equal(FundYearMessages.ElderlyLotteryExceedsBlock(proposed, Wan("124.76"), Wan("10124.76")), result.Error);
        Assert.Same(line, Assert.Single(report.Lines));
        Assert.Equal(10, line.PersonTimes);
        Assert.Equal(Yuan("4000"), line.Lottery);
        Assert.Equal(Money.Zero, line.Matching);
        Assert.Null(line.FlagComment);
        Assert.Equal(version, report.Version);
    }

    [Fact]
    public void Replacing_a_line_counts_its_lottery_once()
    {
        var report = AnnualReport(_year);
        _ = report.SetLine(Officer, _care, 176086, _year.ElderlyBlock, Money.Zero, "核", _year, Money.Zero).Value;

        var again = report.SetLine(Officer, _care, 176086, _year.ElderlyBlock, Money.Zero, "核", _year, Money.Zero);

        Assert.True(again.IsSuccess, again.Error);
        Assert.Single(report.Lines);
        Assert.Equal(_year.ElderlyBlock, report.Lottery);
    }

    [Fact]
    public void The_reports_other_lines_count_against_the_elderly_block()
    {
        var report = AnnualReport(_year);
        _ = report.SetLine(Officer, _care, 176086, Wan("10000"), Money.Zero, "核", _year, Money.Zero).Value;

        var over = report.SetLine(Officer, _age, 877395, Wan("124.76") + OneFen, Money.Zero, null, _year, Money.Zero);
        var exact = report.SetLine(Officer, _age, 877395, Wan("124.76"), Money.Zero, null, _year, Money.Zero);

        Assert.Equal(FundYearMessages.ElderlyLotteryExceedsBlock(Wan("10124.76") + OneFen, Wan("10124.76"), Wan("10124.76")), over.Error);
        Assert.True(exact.IsSuccess, exact.Error);
        Assert.Equal(2, report.Lines.Count);
    }

    [Fact]
    public void SetLine_with_another_fund_year_is_a_bug()
    {
        var report = MonthReport(_year);

        Assert.Throws<ArgumentException>(() => report.SetLine(Officer, _care, 1, Yuan("200"), Money.Zero, null, FundYear2020(), Money.Zero));
    }

    [Fact]
    public void Workflow_goes_draft_submitted_returned_submitted_approved_unlocked_and_editable_again()
    {
        var report = ReportWithOneLine();
        var versions = new HashSet<Guid> { report.Version };

        Assert.True(report.Submit(Officer).IsSuccess);
        Assert.Equal(ReportStatus.Submitted, report.Status);
        Assert.True(versions.Add(report.Version));

        Assert.Equal(SubsidyMessages.ReturnNeedsComment, report.Return("  ").Error);
        Assert.Equal(ReportStatus.Submitted, report.Status);
        Assert.True(report.Return("  人次与名册不符  ").IsSuccess);
        Assert.Equal(ReportStatus.Returned, report.Status);
        Assert.Equal("人次与名册不符", report.ReviewComment);
        Assert.True(versions.Add(report.Version));

        Assert.True(report.SetLine(Officer, _care, 11, Yuan("2200"), Money.Zero, null, _year, Money.Zero).IsSuccess);
        Assert.True(versions.Add(report.Version));
        Assert.True(report.Submit(Officer).IsSuccess);
        Assert.True(versions.Add(report.Version));

        Assert.True(report.Approve(Reviewer, separateDuties: true).IsSuccess);
        Assert.Equal(ReportStatus.Approved, report.Status);
        Assert.True(report.IsLocked);
        Assert.Null(report.ReviewComment);
        Assert.True(versions.Add(report.Version));

        Assert.True(report.Unlock("  街道补报 5 月名单  ").IsSuccess);
        Assert.Equal(ReportStatus.Returned, report.Status);
        Assert.False(report.IsLocked);
        Assert.Equal(SubsidyMessages.UnlockedPrefix + "街道补报 5 月名单", report.ReviewComment);
        Assert.True(versions.Add(report.Version));

        var edited = report.SetLine(Officer, _care, 12, Yuan("2400"), Money.Zero, null, _year, Money.Zero);
        Assert.True(edited.IsSuccess, edited.Error);
        Assert.Equal(12, edited.Value.PersonTimes);
    }

    [Fact]
    public void An_approved_report_is_locked_against_changes_and_keeps_its_line()
    {
        var report = ApprovedReport();
        var version = report.Version;

        var result = report.SetLine(Officer, _care, 99, Yuan("19800"), Money.Zero, null, _year, Money.Zero);

        Assert.Equal(SubsidyMessages.Locked, result.Error);
        Assert.Equal(SubsidyMessages.Locked, report.Submit(Officer).Error);
        Assert.Equal(10, Assert.Single(report.Lines).PersonTimes);
        Assert.Equal(version, report.Version);
    }

    [Fact]
    public void A_submitted_report_cannot_be_changed_while_awaiting_review()
    {
        var report = ReportWithOneLine();
        Assert.True(report.Submit(Officer).IsSuccess);

        Assert.Equal(SubsidyMessages.AwaitingReview, report.SetLine(Officer, _care, 99, Yuan("19800"), Money.Zero, null, _year, Money.Zero).Error);
        Assert.Equal(SubsidyMessages.AwaitingReview, report.Submit(Officer).Error);
        Assert.Equal(10, Assert.Single(report.Lines).PersonTimes);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Unlock_needs_a_reason(string? reason)
    {
        var report = ApprovedReport();
        var version = report.Version;

        Assert.Equal(SubsidyMessages.UnlockNeedsReason, report.Unlock(reason).Error);
        Assert.True(report.IsLocked);
        Assert.Equal(version, report.Version);
    }

    [Fact]
    public void Unlock_is_refused_when_the_report_is_not_locked()
    {
        Assert.Equal(SubsidyMessages.NotLocked, ReportWithOneLine().Unlock("原因").Error);
    }

    [Fact]
    public void Approve_is_refused_from_draft_returned_and_approved()
    {
        var draft = ReportWithOneLine();
        var returned = ReportWithOneLine();
        Assert.True(returned.Submit(Officer).IsSuccess);
        Assert.True(returned.Return("退回").IsSuccess);
        var approved = ApprovedReport();

        Assert.Equal(SubsidyMessages.NotSubmitted, draft.Approve(Reviewer, separateDuties: true).Error);
        Assert.Equal(SubsidyMessages.NotSubmitted, returned.Approve(Reviewer, separateDuties: true).Error);
        Assert.Equal(SubsidyMessages.NotSubmitted, approved.Approve(Reviewer, separateDuties: true).Error);
        Assert.Equal(ReportStatus.Draft, draft.Status);
        Assert.Equal(ReportStatus.Returned, returned.Status);
    }

    [Fact]
    public void With_separation_of_duties_whoever_last_entered_the_figures_cannot_approve_them()
    {
        var report = ReportWithOneLine();
        Assert.True(report.Submit(Officer).IsSuccess);
        var version = report.Version;

        Assert.Equal(SubsidyMessages.ApproverIsLastEditor, report.Approve(Officer, separateDuties: true).Error);
        Assert.Equal(ReportStatus.Submitted, report.Status);
        Assert.Equal(version, report.Version);
        Assert.Equal(Officer, report.LastEditedBy);

        Assert.True(report.Approve(Reviewer, separateDuties: true).IsSuccess);
        Assert.Equal(ReportStatus.Approved, report.Status);
    }

    [Fact]
    public void A_manager_who_corrected_and_submitted_a_month_cannot_approve_it_but_the_street_officer_can()
    {
        var report = ReportWithOneLine();
        Assert.True(report.SetLine(Reviewer, _care, 11, Yuan("2200"), Money.Zero, null, _year, Money.Zero).IsSuccess);
        Assert.True(report.Submit(Reviewer).IsSuccess);

        Assert.Equal(SubsidyMessages.ApproverIsLastEditor, report.Approve(Reviewer, separateDuties: true).Error);
        Assert.True(report.Approve(Officer, separateDuties: true).IsSuccess);
    }

    [Fact]
    public void Submitting_makes_the_submitter_the_last_editor()
    {
        var report = ReportWithOneLine();
        Assert.True(report.Submit("officer-second").IsSuccess);

        Assert.Equal("officer-second", report.LastEditedBy);
        Assert.Equal(SubsidyMessages.ApproverIsLastEditor, report.Approve("officer-second", separateDuties: true).Error);
        Assert.True(report.Approve(Officer, separateDuties: true).IsSuccess);
    }

    [Fact]
    public void A_district_that_turns_separation_off_lets_the_last_editor_approve()
    {
        var report = ReportWithOneLine();
        Assert.True(report.Submit(Officer).IsSuccess);

        Assert.True(report.Approve(Officer, separateDuties: false).IsSuccess);
        Assert.Equal(ReportStatus.Approved, report.Status);
    }

    [Fact]
    public void An_overlong_account_id_is_kept_to_the_stored_length()
    {
        var report = ReportWithOneLine();
        var longId = new string('a', SubsidyReport.EditorMaxLength + 50);

        Assert.True(report.Submit(longId).IsSuccess);

        Assert.Equal(SubsidyReport.EditorMaxLength, report.LastEditedBy!.Length);
    }

    [Fact]
    public void Return_is_refused_unless_submitted()
    {
        Assert.Equal(SubsidyMessages.NotSubmitted, ReportWithOneLine().Return("退回").Error);
        Assert.Equal(SubsidyMessages.NotSubmitted, ApprovedReport().Return("退回").Error);
    }

    [Theory]
    [InlineData(2, "100.01", "50.01")]
    [InlineData(3, "1000", "333.33")]
    [InlineData(3, "1000.01", "333.34")]
    public void AveragePerPersonTime_rounds_half_fen_away_from_zero(long personTimes, string totalYuan, string averageYuan)
    {
        var report = MonthReport(_year);

        var line = report.SetLine(Officer, _age, personTimes, Yuan(totalYuan), Money.Zero, null, _year, Money.Zero).Value;

        Assert.Equal(Yuan(averageYuan), line.AveragePerPersonTime);
    }

    [Fact]
    public void AveragePerPersonTime_is_unknown_without_person_times()
    {
        var report = MonthReport(_year);

        var line = report.SetLine(Officer, _age, 0, Money.Zero, Money.Zero, null, _year, Money.Zero).Value;

        Assert.Null(line.AveragePerPersonTime);
        Assert.False(line.RateFlag);
    }

    private SubsidyReport ReportWithOneLine()
    {
        var report = MonthReport(_year);
        _ = report.SetLine(Officer, _care, 10, Yuan("2000"), Money.Zero, null, _year, Money.Zero).Value;
        return report;
    }

    private SubsidyReport ApprovedReport()
    {
        var report = ReportWithOneLine();
        Assert.True(report.Submit(Officer).IsSuccess);
        Assert.True(report.Approve(Reviewer, separateDuties: true).IsSuccess);
        return report;
    }
}
