using Portal.Domain.Common;
using Portal.Domain.SocialAssistance;
using static Portal.Tests.Domain.DomainBuilders;

namespace Portal.Tests.Domain;

public class TransferTests
{
    private static readonly DateOnly TransferDate = new(2020, 9, 1);

    private readonly FundYear _year = FundYear2020();
    private readonly Project _from;
    private readonly Project _to;

    public TransferTests()
    {
        _from = AddProject(_year, "西城区困难群体帮扶活动项目", "42");
        _to = AddProject(_year, "街道社会救助项目", "750");
    }

    [Fact]
    public void Transfer_between_projects_keeps_the_allocated_total_and_the_factor_block_balanced()
    {
        var result = _year.Transfer(_from.Id, _to.Id, Wan("12.5"), TransferDate, "  受疫情影响活动取消  ");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(Wan("29.5"), _from.Allocation);
        Assert.Equal(Wan("762.5"), _to.Allocation);
        Assert.Equal(Wan("792"), _year.Allocated);
        Assert.Equal(Wan("500"), _year.Unallocated);
        Assert.Equal(Money.Zero, _year.TransferredToNextYear);
        Assert.Equal(_year.FactorBlock, _year.Allocated + _year.Unallocated + _year.TransferredToNextYear);
    }

    [Fact]
    public void Transfer_is_recorded_with_its_reason()
    {
        var transfer = _year.Transfer(_from.Id, _to.Id, Wan("12.5"), TransferDate, "  受疫情影响活动取消  ").Value;

        Assert.Same(transfer, Assert.Single(_year.Transfers));
        Assert.Equal(_year.Id, transfer.FundYearId);
        Assert.Equal(_from.Id, transfer.FromProjectId);
        Assert.Equal(_to.Id, transfer.ToProjectId);
        Assert.False(transfer.ToNextYear);
        Assert.Equal(Wan("12.5"), transfer.Amount);
        Assert.Equal(TransferDate, transfer.Date);
        Assert.Equal("受疫情影响活动取消", transfer.Reason);
    }

    [Fact]
    public void Transfer_to_next_year_moves_the_money_out_of_the_projects_and_keeps_unallocated_correct()
    {
        var result = _year.Transfer(_from.Id, null, Wan("42"), TransferDate, "延期至下一年度实施");

        Assert.True(result.Value.ToNextYear);
        Assert.Null(result.Value.ToProjectId);
        Assert.Equal(Money.Zero, _from.Allocation);
        Assert.Equal(Wan("42"), _year.TransferredToNextYear);
        Assert.Equal(Wan("750"), _year.Allocated);
        Assert.Equal(Wan("500"), _year.Unallocated);
        Assert.Equal(_year.FactorBlock, _year.Allocated + _year.Unallocated + _year.TransferredToNextYear);
    }

    [Fact]
    public void Money_moved_to_next_year_cannot_be_allocated_again_this_year()
    {
        _ = _year.Transfer(_from.Id, null, Wan("42"), TransferDate, "延期").Value;

        Assert.True(_year.AddProject(ProjectArea.SocialAssistance, Details("新项目"), Wan("500")).IsSuccess);
        Assert.Equal(FundYearMessages.ExceedsFactorBlock(OneFen, Money.Zero), _year.AddProject(ProjectArea.SocialAssistance, Details("再一个"), OneFen).Error);
    }

    [Fact]
    public void A_reversal_is_a_new_transfer_the_other_way_and_both_stay_in_the_history()
    {
        var there = _year.Transfer(_from.Id, _to.Id, Wan("10"), TransferDate, "调整").Value;

        var back = _year.Transfer(_to.Id, _from.Id, Wan("10"), TransferDate.AddDays(1), "撤销调整");

        Assert.True(back.IsSuccess, back.Error);
        Assert.Equal(Wan("42"), _from.Allocation);
        Assert.Equal(Wan("750"), _to.Allocation);
        Assert.Equal(2, _year.Transfers.Count);
        Assert.Same(there, _year.Transfers[0]);
        Assert.Equal(_from.Id, _year.Transfers[1].ToProjectId);
        Assert.Equal(_to.Id, _year.Transfers[1].FromProjectId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Transfer_needs_a_reason(string? reason)
    {
        var before = Snapshot();

        var result = _year.Transfer(_from.Id, _to.Id, Wan("1"), TransferDate, reason);

        Assert.Equal(ProjectMessages.TransferReasonRequired, result.Error);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void Transfer_refuses_a_reason_over_the_narrative_limit()
    {
        var before = Snapshot();

        var result = _year.Transfer(_from.Id, _to.Id, Wan("1"), TransferDate, new string('因', ProjectDetails.NarrativeMaxLength + 1));

        Assert.Equal(ProjectMessages.TooLong("调整原因", ProjectDetails.NarrativeMaxLength), result.Error);
        Assert.Equal(before, Snapshot());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Transfer_needs_a_positive_amount(long fen)
    {
        var before = Snapshot();

        var result = _year.Transfer(_from.Id, _to.Id, Money.FromFen(fen), TransferDate, "调整");

        Assert.Equal(ProjectMessages.TransferMustBePositive, result.Error);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void Transfer_refuses_the_same_project()
    {
        var before = Snapshot();

        var result = _year.Transfer(_from.Id, _from.Id, Wan("1"), TransferDate, "调整");

        Assert.Equal(ProjectMessages.TransferToSameProject, result.Error);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void Transfer_refuses_an_unknown_project_on_either_side()
    {
        var before = Snapshot();

        Assert.Equal(ProjectMessages.ProjectNotFound, _year.Transfer(Guid.NewGuid(), _to.Id, Wan("1"), TransferDate, "调整").Error);
        Assert.Equal(ProjectMessages.ProjectNotFound, _year.Transfer(_from.Id, Guid.NewGuid(), Wan("1"), TransferDate, "调整").Error);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void Transfer_accepts_exactly_what_is_still_available_at_the_project()
    {
        GiveAwayAndSpend();

        var result = _year.Transfer(_from.Id, _to.Id, Wan("20"), TransferDate, "调整");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(Wan("22"), _from.Allocation);
        Assert.Equal(Money.Zero, _from.Budget().Available);
    }

    [Fact]
    public void Transfer_refuses_one_fen_of_money_already_given_to_subprojects_streets_or_spent()
    {
        GiveAwayAndSpend();
        var amount = Wan("20") + OneFen;
        var before = Snapshot();

        var result = _year.Transfer(_from.Id, _to.Id, amount, TransferDate, "调整");

        Assert.Equal(ProjectMessages.TransferExceedsAvailable(amount, Wan("20")), result.Error);
        Assert.Equal(Wan("42"), _from.Allocation);
        Assert.Equal(before, Snapshot());
    }

    [Theory]
    [InlineData(2020, 1, 1)]
    [InlineData(2022, 2, 28)]
    public void Transfer_accepts_dates_from_the_start_of_the_year_to_the_next_years_cut_off(int y, int m, int d)
    {
        var result = _year.Transfer(_from.Id, _to.Id, Wan("1"), new DateOnly(y, m, d), "调整");

        Assert.True(result.IsSuccess, result.Error);
    }

    [Theory]
    [InlineData(2019, 12, 31)]
    [InlineData(2022, 3, 1)]
    public void Transfer_refuses_a_date_one_day_outside_its_range(int y, int m, int d)
    {
        var before = Snapshot();

        var result = _year.Transfer(_from.Id, _to.Id, Wan("1"), new DateOnly(y, m, d), "调整");

        Assert.Equal(FundYearMessages.TransferDateOutOfRange(2020, new DateOnly(2022, 2, 28)), result.Error);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void Transfer_changes_the_versions_of_the_year_and_both_projects()
    {
        var versions = (_year.Version, _from.Version, _to.Version);

        _ = _year.Transfer(_from.Id, _to.Id, Wan("1"), TransferDate, "调整").Value;

        Assert.NotEqual(versions.Item1, _year.Version);
        Assert.NotEqual(versions.Item2, _from.Version);
        Assert.NotEqual(versions.Item3, _to.Version);
    }

    /// <summary>Of the 42 万元: 10 to a subproject, 5 to a street, 7 spent: 20 still free.</summary>
    private void GiveAwayAndSpend()
    {
        AddSubproject(_from, "子项目", "10");
        _ = _from.ShareToStreet(null, Street(), Wan("5"), null).Value;
        Spend(_from, SpendingTarget.Project, "7");
    }

    /// <summary>Everything a refused transfer must leave as it was.</summary>
    private (int Transfers, Money From, Money To, Money Unallocated, Money NextYear, Guid YearVersion, Guid FromVersion, Guid ToVersion) Snapshot() =>
        (_year.Transfers.Count, _from.Allocation, _to.Allocation, _year.Unallocated, _year.TransferredToNextYear, _year.Version, _from.Version, _to.Version);
}
