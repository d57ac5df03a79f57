using Portal.Domain.Common;
using Portal.Domain.SocialAssistance;
using static Portal.Tests.Domain.DomainBuilders;

namespace Portal.Tests.Domain;

/// <summary>序时进度, lag explanations, share changes and indicator updates at their edges.</summary>
public sealed class ScheduleAndLagTests
{
    [Fact]
    public void A_project_that_spent_exactly_its_elapsed_share_is_on_schedule_and_one_fen_less_is_lagging()
    {
        // 2020 is a leap year: on 2020-02-29, 60 of 366 days have passed; 366 万元 makes that exactly 60 万元.
        var project = Project("366", Year(2020));
        var asOf = new DateOnly(2020, 2, 29);
        Spend(project, SpendingTarget.Project, "59.999999", new DateOnly(2020, 1, 15));

        var behind = Ledger(project).Schedule(project.Cycle, project.Status, asOf);
        Spend(project, SpendingTarget.Project, "0.000001", new DateOnly(2020, 1, 16));
        var onTime = Ledger(project).Schedule(project.Cycle, project.Status, asOf);

        Assert.True(behind.IsLagging);
        Assert.True(behind.NeedsReason);
        Assert.False(onTime.IsLagging);
        Assert.Equal(60m / 366, onTime.ScheduleProgress);
        Assert.Equal(0m, onTime.Gap);
    }

    [Fact]
    public void At_the_end_of_the_cycle_a_rate_under_90_percent_needs_a_reason_and_90_percent_does_not()
    {
        var project = Project("100", Year(2020));
        var end = new DateOnly(2020, 12, 31);
        Spend(project, SpendingTarget.Project, "89.999999", new DateOnly(2020, 12, 1));
        var under = Ledger(project).Schedule(project.Cycle, project.Status, end);
        Spend(project, SpendingTarget.Project, "0.000001", new DateOnly(2020, 12, 2));
        var exactly = Ledger(project).Schedule(project.Cycle, project.Status, end);

        Assert.True(under.IsBelowYearEndRate);
        Assert.False(exactly.IsBelowYearEndRate);
        Assert.True(exactly.IsLagging);
        Assert.False(Ledger(project).Schedule(project.Cycle, project.Status, new DateOnly(2020, 12, 30)).IsBelowYearEndRate);
    }

    [Fact]
    public void A_lag_is_explained_with_both_a_reason_and_a_measure_or_not_at_all()
    {
        var project = Project("100");
        var version = project.Version;

        Assert.Equal(ProjectMessages.LagNeedsReasonAndMeasure, project.ExplainLag(null, "疫情", " ", new DateOnly(2020, 9, 1)).Error);
        Assert.Null(project.Lag);
        Assert.Equal(version, project.Version);

        Assert.True(project.ExplainLag(null, " 疫情暂停入户 ", "四季度集中开展", new DateOnly(2020, 9, 1)).IsSuccess);
        Assert.Equal(new LagExplanation("疫情暂停入户", "四季度集中开展", new DateOnly(2020, 9, 1)), project.Lag);
        Assert.NotEqual(version, project.Version);
    }

    [Fact]
    public void A_subproject_s_lag_is_kept_on_the_subproject()
    {
        var project = Project("134.69");
        var visits = AddSubproject(project, "困境儿童巡视探访项目", "26.88");

        Assert.True(project.ExplainLag(visits.Id, "疫情暂未开展", "延伸至 2021 年完成", new DateOnly(2020, 12, 31)).IsSuccess);
        Assert.Equal(ProjectMessages.SubprojectNotFound, project.ExplainLag(Guid.NewGuid(), "a", "b", new DateOnly(2020, 12, 31)).Error);

        Assert.Equal("疫情暂未开展", visits.Lag!.Reason);
        Assert.Null(project.Lag);
    }

    [Fact]
    public void A_share_can_grow_to_exactly_what_is_free_above_it_and_not_one_fen_more()
    {
        var project = Project("75");
        var homes = AddSubproject(project, "儿童之家项目", "75");
        var share = project.ShareToStreet(homes.Id, Street(), Wan("50"), null).Value;

        Assert.Equal(ProjectMessages.ShareExceedsRemainder(Wan("25") + OneFen, Wan("25")), project.ChangeShare(share.Id, Wan("75") + OneFen).Error);
        Assert.Equal(Wan("50"), share.Amount);
        Assert.True(project.ChangeShare(share.Id, Wan("75")).IsSuccess);
        Assert.Equal(Money.Zero, project.SubprojectBudget(homes.Id).Available);
    }

    [Fact]
    public void A_share_cannot_fall_below_what_the_street_already_spent()
    {
        var project = Project("75");
        var share = project.ShareToStreet(null, Street(), Wan("50"), null).Value;
        Spend(project, SpendingTarget.Share(share), "20");

        Assert.Equal(ProjectMessages.BelowCommitted(Wan("20") - OneFen, Wan("20")), project.ChangeShare(share.Id, Wan("20") - OneFen).Error);
        Assert.True(project.ChangeShare(share.Id, Wan("20")).IsSuccess);
        Assert.Equal(ProjectMessages.ShareNotFound, project.ChangeShare(Guid.NewGuid(), Wan("1")).Error);
    }

    [Fact]
    public void An_indicator_s_achievement_is_recorded_and_an_indicator_can_be_removed()
    {
        var project = Project("42.848");
        var indicator = project.AddIndicator(null, new IndicatorDetails(IndicatorCategory.Output, "平均入户抽检率", "%", IndicatorComparison.AtLeast, 60m, null)).Value;

        Assert.Null(indicator.IsMet);
        Assert.True(project.RecordIndicatorAchieved(indicator.Id, 68.84m).IsSuccess);
        Assert.True(indicator.IsMet);
        Assert.Equal(ProjectMessages.IndicatorNegative, project.RecordIndicatorAchieved(indicator.Id, -1m).Error);
        Assert.Equal(68.84m, indicator.Achieved);

        Assert.True(project.RemoveIndicator(indicator.Id).IsSuccess);
        Assert.Empty(project.Indicators);
        Assert.Equal(ProjectMessages.IndicatorNotFound, project.RemoveIndicator(indicator.Id).Error);
    }
}
