using Portal.Domain.Common;
using Portal.Domain.SocialAssistance;
using static Portal.Tests.Domain.DomainBuilders;

namespace Portal.Tests.Domain;

/// <summary>What was typed about a year, its projects and indicators can be corrected, within the rules.</summary>
public sealed class FundYearEditTests
{
    private readonly FundYear _year = FundYear2020();

    [Fact]
    public void The_factor_block_may_fall_to_what_is_arranged_and_not_one_fen_below()
    {
        AddProject(_year, "甲", "1000");
        var version = _year.Version;

        var below = _year.ChangeMoney(Wan("11124.76") - OneFen, Wan("10124.76"), Wan("1000") - OneFen, Money.Zero);
        Assert.Equal((FundYearMessages.FactorBelowArranged(Wan("1000") - OneFen, Money.Zero, Wan("1000")), Fields.FactorBlock), (below.Error, below.Field));
        Assert.Equal((Wan("1292"), version), (_year.FactorBlock, _year.Version));

        Assert.True(_year.ChangeMoney(Wan("11124.76"), Wan("10124.76"), Wan("1000"), Money.Zero).IsSuccess);
        Assert.Equal(Money.Zero, _year.Unallocated);
    }

    [Fact]
    public void The_elderly_block_may_fall_to_what_the_counted_months_paid_and_the_blocks_still_add_up()
    {
        var paid = Wan("9000");

        var below = _year.ChangeMoney(Wan("10292") - OneFen, Wan("9000") - OneFen, Wan("1292"), paid);
        var notAddingUp = _year.ChangeMoney(Wan("10292"), Wan("9000"), Wan("1291"), paid);

        Assert.Equal(Fields.ElderlyBlock, below.Field);
        Assert.Equal(Fields.Received, notAddingUp.Field);
        Assert.True(_year.ChangeMoney(Wan("10292"), Wan("9000"), Wan("1292"), paid).IsSuccess);
        Assert.Equal(Wan("10292"), _year.Received);
    }

    [Fact]
    public void The_cut_off_cannot_move_before_spending_already_recorded()
    {
        var project = AddProject(_year, "甲", "100", Years(2020, 2021));
        Spend(project, SpendingTarget.Project, "1", new DateOnly(2021, 1, 20));

        var before = _year.ChangeCutOff(new DateOnly(2021, 1, 19));

        Assert.Equal((FundYearMessages.CutOffBeforeSpending(new DateOnly(2021, 1, 19), new DateOnly(2021, 1, 20)), Fields.CutOffDate), (before.Error, before.Field));
        Assert.True(_year.ChangeCutOff(new DateOnly(2021, 1, 20)).IsSuccess);
        Assert.Equal(Fields.CutOffDate, _year.ChangeCutOff(new DateOnly(2020, 12, 30)).Field);
    }

    [Fact]
    public void Projects_and_subprojects_move_and_the_numbering_follows()
    {
        var a = AddProject(_year, "甲", "10");
        var b = AddProject(_year, "乙", "10");
        var c = AddProject(_year, "丙", "10");

        Assert.True(_year.MoveProject(c.Id, 1).IsSuccess);

        Assert.Equal(["丙", "甲", "乙"], _year.Projects.OrderBy(p => p.Order).Select(p => p.Name));
        Assert.Equal([1, 2, 3], _year.Projects.OrderBy(p => p.Order).Select(p => p.Order));
        Assert.Equal(Fields.Position, _year.MoveProject(a.Id, 4).Field);
        Assert.Equal(Fields.Position, _year.MoveProject(b.Id, 0).Field);

        var one = AddSubproject(a, "一", "3");
        var two = AddSubproject(a, "二", "3");
        Assert.True(a.MoveSubproject(two.Id, 1).IsSuccess);
        Assert.Equal(["二", "一"], a.Subprojects.OrderBy(s => s.Order).Select(s => s.Name));
        Assert.Equal(1, two.Order);
        Assert.Equal(2, one.Order);
    }

    [Fact]
    public void A_project_without_records_is_removed_and_one_with_spending_or_a_transfer_is_not()
    {
        var keep = AddProject(_year, "甲", "10");
        var spent = AddProject(_year, "乙", "10");
        var moved = AddProject(_year, "丙", "10");
        var mistake = AddProject(_year, "丁", "10");
        Spend(spent, SpendingTarget.Project, "1");
        Assert.True(_year.Transfer(moved.Id, keep.Id, Wan("1"), new DateOnly(2020, 6, 1), "调整").IsSuccess);

        Assert.Equal(ProjectMessages.ProjectHasRecords("乙"), _year.RemoveProject(spent.Id).Error);
        Assert.Equal(ProjectMessages.ProjectHasRecords("丙"), _year.RemoveProject(moved.Id).Error);
        Assert.True(_year.RemoveProject(mistake.Id).IsSuccess);

        Assert.Equal(["甲", "乙", "丙"], _year.Projects.OrderBy(p => p.Order).Select(p => p.Name));
        Assert.Equal(Wan("1262"), _year.Unallocated);
    }

    [Fact]
    public void A_subproject_without_spending_is_removed_with_its_shares_and_indicators()
    {
        var project = AddProject(_year, "甲", "100");
        var mistake = AddSubproject(project, "错建", "20");
        var used = AddSubproject(project, "在用", "20");
        project.ShareToStreet(mistake.Id, Street(), Wan("5"), null);
        project.AddIndicator(mistake.Id, new IndicatorDetails(IndicatorCategory.Output, "指标", "个", IndicatorComparison.Equal, 1, null));
        Spend(project, SpendingTarget.Subproject(used.Id), "1");

        Assert.Equal(ProjectMessages.SubprojectHasSpending("在用"), project.RemoveSubproject(used.Id).Error);
        Assert.True(project.RemoveSubproject(mistake.Id).IsSuccess);

        Assert.Equal(("在用", 1), (Assert.Single(project.Subprojects).Name, project.Subprojects[0].Order));
        Assert.Empty(project.Shares);
        Assert.Empty(project.Indicators);
    }

    [Fact]
    public void An_indicator_is_changed_whole_and_a_negative_target_is_refused_with_its_field()
    {
        var project = AddProject(_year, "甲", "100");
        var indicator = project.AddIndicator(null, new IndicatorDetails(IndicatorCategory.Output, "培训人员", "人", IndicatorComparison.Equal, 286, null)).Value;

        Assert.True(project.UpdateIndicator(indicator.Id, new IndicatorDetails(IndicatorCategory.Output, "培训人员", "人次", IndicatorComparison.AtLeast, 300, 312)).IsSuccess);
        var negative = project.UpdateIndicator(indicator.Id, new IndicatorDetails(IndicatorCategory.Output, "培训人员", "人", IndicatorComparison.Equal, -1, null));

        Assert.Equal(("人次", IndicatorComparison.AtLeast, 300m, 312m, true), (indicator.Unit, indicator.Comparison, indicator.Target, indicator.Achieved, indicator.IsMet));
        Assert.Equal(Fields.Target, negative.Field);
        Assert.Equal(300m, indicator.Target);
    }
}
