using Portal.Domain.Common;
using Portal.Domain.SocialAssistance;
using static Portal.Tests.Domain.DomainBuilders;

namespace Portal.Tests.Domain;

/// <summary>Spending is corrected forward: a reversal that nets the original, then the right figure (rule 11).</summary>
public sealed class CorrectionTests
{
    private static readonly DateOnly June = new(2020, 6, 30);

    private readonly Project _project = Project("100");
    private readonly StreetShare _share;

    public CorrectionTests()
    {
        _share = _project.ShareToStreet(null, Street(), Wan("20"), null).Value;
    }

    [Fact]
    public void A_reversal_is_a_new_entry_of_the_opposite_amount_that_nets_the_original_at_every_date()
    {
        var original = _project.RecordSpending(SpendingTarget.Share(_share), June, Wan("8"), "购买书籍", Open2020).Value;

        var reversal = _project.ReverseSpending(original.Id, "  金额录错  ", Open2020).Value;

        Assert.Equal((original.Id, Money.Zero - Wan("8"), June, "金额录错", original.Target), (reversal.ReversalOfId!.Value, reversal.Amount, reversal.Date, reversal.Reason, reversal.Target));
        Assert.Equal(2, _project.Spendings.Count);
        Assert.Equal(Money.Zero, _project.ShareBudget(_share.Id).SpentInTotal);
        Assert.Equal(Wan("20"), _project.ShareBudget(_share.Id).Available);
        Assert.Equal(Money.Zero, Ledger(_project).SpentBy(June));
        Assert.Equal(Money.Zero, Ledger(_project).SpentBy(CutOff2020));
        Assert.Equal(Money.Zero, Ledger(_project).SpentBy(June.AddDays(-1)));
    }

    [Fact]
    public void An_entry_is_reversed_once_and_a_reversal_never_and_a_refusal_changes_nothing()
    {
        var original = Spend(_project, SpendingTarget.Project, "5");
        var reversal = _project.ReverseSpending(original.Id, "重复登记", Open2020).Value;
        var version = _project.Version;

        var twice = _project.ReverseSpending(original.Id, "再冲一次", Open2020);
        var ofReversal = _project.ReverseSpending(reversal.Id, "恢复", Open2020);
        var noReason = _project.ReverseSpending(Spend(_project, SpendingTarget.Project, "1").Id, " ", Open2020);

        Assert.Equal(ProjectMessages.AlreadyReversed, twice.Error);
        Assert.Equal(ProjectMessages.ReversalCannotBeReversed, ofReversal.Error);
        Assert.Equal((ProjectMessages.ReversalNeedsReason, Fields.Reason), (noReason.Error, noReason.Field));
        Assert.Equal(3, _project.Spendings.Count);
        Assert.Equal(Wan("1"), _project.Budget().SpentInTotal);
        Assert.NotEqual(version, _project.Version);
    }

    [Fact]
    public void A_reason_of_500_characters_is_taken_and_501_refused()
    {
        var first = Spend(_project, SpendingTarget.Project, "1");
        var second = Spend(_project, SpendingTarget.Project, "1");

        Assert.True(_project.ReverseSpending(first.Id, new string('因', Spending.ReasonMaxLength), Open2020).IsSuccess);
        Assert.Equal(Fields.Reason, _project.ReverseSpending(second.Id, new string('因', Spending.ReasonMaxLength + 1), Open2020).Field);
    }

    [Fact]
    public void A_correction_reverses_and_enters_the_right_figure_in_one_step_on_the_same_node()
    {
        var original = _project.RecordSpending(SpendingTarget.Share(_share), June, Wan("2.8"), null, Open2020).Value;

        var corrected = _project.CorrectSpending(original.Id, "应为 28 万元", new DateOnly(2020, 7, 1), Wan("18"), "更正", Open2020).Value;

        Assert.Equal((original.Id, original.Target, Wan("18")), (corrected.CorrectionOfId!.Value, corrected.Target, corrected.Amount));
        Assert.Single(_project.Spendings, s => s.ReversalOfId == original.Id);
        Assert.Equal(Wan("18"), _project.ShareBudget(_share.Id).SpentInTotal);
    }

    [Fact]
    public void A_correction_may_use_the_money_its_reversal_frees_to_the_fen_and_no_more()
    {
        var original = _project.RecordSpending(SpendingTarget.Share(_share), June, Wan("15"), null, Open2020).Value;
        var version = _project.Version;

        var over = _project.CorrectSpending(original.Id, "录错", June, Wan("20") + OneFen, null, Open2020);
        Assert.Equal((ProjectMessages.SpendingExceedsAvailable(Wan("20") + OneFen, Wan("20")), Fields.Amount), (over.Error, over.Field));
        Assert.Single(_project.Spendings);
        Assert.Equal(version, _project.Version);

        Assert.True(_project.CorrectSpending(original.Id, "录错", June, Wan("20"), null, Open2020).IsSuccess);
        Assert.Equal(Money.Zero, _project.ShareBudget(_share.Id).Available);
    }

    [Fact]
    public void Spending_after_the_cut_off_belongs_to_the_next_year_and_is_refused_with_the_date_field()
    {
        var project = Project("750", Years(2020, 2021));

        var onCutOff = project.RecordSpending(SpendingTarget.Project, CutOff2020, Wan("1"), null, Open2020);
        var after = project.RecordSpending(SpendingTarget.Project, CutOff2020.AddDays(1), Wan("1"), null, Open2020);

        Assert.True(onCutOff.IsSuccess);
        Assert.Equal(Fields.Date, after.Field);
        Assert.StartsWith("支出日期 2021-03-01 晚于本年度支出截止日 2021-02-28", after.Error, StringComparison.Ordinal);
    }
}
