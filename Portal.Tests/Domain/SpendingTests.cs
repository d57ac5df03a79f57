using Portal.Domain.Common;
using Portal.Domain.SocialAssistance;
using static Portal.Tests.Domain.DomainBuilders;

namespace Portal.Tests.Domain;

public class SpendingTests
{
    private static readonly DateOnly June = new(2020, 6, 30);

    private readonly Project _project = Project("100");
    private readonly Subproject _subproject;
    private readonly StreetShare _share;
    private readonly StreetShare _projectShare;

    /// <summary>100 万元: subproject 60 (of which 20 to 新街口), 10 to 德胜 under the project, 30 free at the project.</summary>
    public SpendingTests()
    {
        var district = Xicheng();
        _subproject = AddSubproject(_project, "子项目", "60");
        _share = _project.ShareToStreet(_subproject.Id, Street(district, "xinjiekou", "新街口"), Wan("20"), null).Value;
        _projectShare = _project.ShareToStreet(null, Street(district, "desheng", "德胜"), Wan("10"), null).Value;
    }

    public enum Node
    {
        Project,
        Subproject,
        Share,
        ProjectShare,
    }

    [Theory]
    [InlineData(Node.Project, "30")]
    [InlineData(Node.Subproject, "40")]
    [InlineData(Node.Share, "20")]
    [InlineData(Node.ProjectShare, "10")]
    public void RecordSpending_accepts_exactly_what_is_available_at_the_node(Node node, string available)
    {
        var result = _project.RecordSpending(Target(node), June, Wan(available), null, Open2020);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(Money.Zero, BudgetOf(node).Available);
    }

    [Theory]
    [InlineData(Node.Project, "30")]
    [InlineData(Node.Subproject, "40")]
    [InlineData(Node.Share, "20")]
    [InlineData(Node.ProjectShare, "10")]
    public void RecordSpending_refuses_one_fen_over_what_is_available_at_the_node_and_changes_nothing(Node node, string available)
    {
        var version = _project.Version;
        var amount = Wan(available) + OneFen;

        var result = _project.RecordSpending(Target(node), June, amount, null, Open2020);

        Assert.Equal(ProjectMessages.SpendingExceedsAvailable(amount, Wan(available)), result.Error);
        Assert.Empty(_project.Spendings);
        Assert.Equal(Wan(available), BudgetOf(node).Available);
        Assert.Equal(Money.Zero, _project.Budget().SpentInTotal);
        Assert.Equal(version, _project.Version);
    }

    [Fact]
    public void Spending_charged_to_the_project_is_direct_spending_of_the_project()
    {
        Spend(_project, SpendingTarget.Project, "5");

        var budget = _project.Budget();
        Assert.Equal(new BudgetLine(Wan("100"), Wan("70"), Wan("5"), Wan("5")), budget);
        Assert.Equal(Wan("25"), budget.Available);
        Assert.Equal(Wan("95"), budget.Balance);
    }

    [Fact]
    public void Spending_charged_to_a_subproject_counts_in_the_projects_total_but_not_its_direct_spending()
    {
        Spend(_project, SpendingTarget.Subproject(_subproject.Id), "5");

        Assert.Equal(new BudgetLine(Wan("60"), Wan("20"), Wan("5"), Wan("5")), _project.SubprojectBudget(_subproject.Id));
        Assert.Equal(new BudgetLine(Wan("100"), Wan("70"), Money.Zero, Wan("5")), _project.Budget());
        Assert.Equal(Wan("30"), _project.Budget().Available);
    }

    [Fact]
    public void Spending_charged_to_a_share_counts_at_the_share_its_subproject_and_the_project()
    {
        var spending = _project.RecordSpending(SpendingTarget.Share(_share), June, Wan("5"), "  购买书籍  ", Open2020).Value;

        Assert.Equal(new BudgetLine(Wan("20"), Money.Zero, Wan("5"), Wan("5")), _project.ShareBudget(_share.Id));
        Assert.Equal(new BudgetLine(Wan("60"), Wan("20"), Money.Zero, Wan("5")), _project.SubprojectBudget(_subproject.Id));
        Assert.Equal(Wan("5"), _project.Budget().SpentInTotal);
        Assert.Equal(_subproject.Id, spending.SubprojectId);
        Assert.Equal(_share.Id, spending.StreetShareId);
        Assert.Equal(_project.Id, spending.ProjectId);
        Assert.Equal("购买书籍", spending.Note);
        Assert.Equal(June, spending.Date);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void RecordSpending_refuses_an_amount_that_is_not_positive(long fen)
    {
        var result = _project.RecordSpending(SpendingTarget.Project, June, Money.FromFen(fen), null, Open2020);

        Assert.Equal(ProjectMessages.SpendingMustBePositive, result.Error);
        Assert.Empty(_project.Spendings);
    }

    [Fact]
    public void RecordSpending_accepts_the_first_day_of_the_cycle()
    {
        var result = _project.RecordSpending(SpendingTarget.Project, new DateOnly(2020, 1, 1), OneFen, null, Open2020);

        Assert.True(result.IsSuccess, result.Error);
    }

    [Fact]
    public void RecordSpending_refuses_the_day_before_the_cycle()
    {
        var date = new DateOnly(2019, 12, 31);

        var result = _project.RecordSpending(SpendingTarget.Project, date, OneFen, null, Open2020);

        Assert.Equal(ProjectMessages.SpendingOutsideCycle(date, _project.Cycle, CutOff2020), result.Error);
        Assert.Empty(_project.Spendings);
    }

    [Theory]
    [InlineData(2020, 12, 31)]
    [InlineData(2021, 2, 28)]
    public void RecordSpending_accepts_a_late_payment_of_an_earlier_cycle_up_to_the_cut_off(int y, int m, int d)
    {
        var project = Project("32.769", Year(2019));

        var result = project.RecordSpending(SpendingTarget.Project, new DateOnly(y, m, d), Wan("32.769"), null, Open2020);

        Assert.True(result.IsSuccess, result.Error);
    }

    [Fact]
    public void RecordSpending_refuses_a_late_payment_one_day_after_the_cut_off()
    {
        var project = Project("32.769", Year(2019));
        var date = new DateOnly(2021, 3, 1);

        var result = project.RecordSpending(SpendingTarget.Project, date, OneFen, null, Open2020);

        Assert.Equal(ProjectMessages.SpendingOutsideCycle(date, project.Cycle, CutOff2020), result.Error);
        Assert.Contains("2021-02-28", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cycle_that_runs_past_the_cut_off_takes_spending_to_the_cut_off_and_leaves_the_rest_to_the_next_year()
    {
        var project = Project("750", Years(2020, 2021));

        var onCutOff = project.RecordSpending(SpendingTarget.Project, CutOff2020, OneFen, null, Open2020);
        var inCycleAfterCutOff = project.RecordSpending(SpendingTarget.Project, new DateOnly(2021, 12, 31), OneFen, null, Open2020);

        Assert.True(onCutOff.IsSuccess, onCutOff.Error);
        Assert.Equal(ProjectMessages.SpendingOutsideCycle(new DateOnly(2021, 12, 31), project.Cycle, CutOff2020), inCycleAfterCutOff.Error);
    }

    [Fact]
    public void Spending_on_a_share_follows_the_cycle_of_its_subproject()
    {
        var project = Project("100");
        var cycle = Dates(new DateOnly(2020, 4, 1), new DateOnly(2020, 10, 31));
        var subproject = AddSubproject(project, "困难群体帮扶活动", "50", cycle);
        var share = project.ShareToStreet(subproject.Id, Street(), Wan("10"), null).Value;

        var early = project.RecordSpending(SpendingTarget.Share(share), new DateOnly(2020, 3, 31), OneFen, null, Open2020);
        var onTime = project.RecordSpending(SpendingTarget.Share(share), new DateOnly(2020, 4, 1), OneFen, null, Open2020);

        Assert.Equal(ProjectMessages.SpendingOutsideCycle(new DateOnly(2020, 3, 31), cycle, CutOff2020), early.Error);
        Assert.True(onTime.IsSuccess, onTime.Error);
    }

    [Fact]
    public void Spending_on_a_subproject_follows_the_subprojects_own_cycle()
    {
        var project = Project("100", Years(2020, 2021));
        var subproject = AddSubproject(project, "困境儿童巡视探访项目", "26.88", Year(2021));

        var result = project.RecordSpending(SpendingTarget.Subproject(subproject.Id), new DateOnly(2020, 12, 31), OneFen, null, Open2020);

        Assert.Equal(ProjectMessages.SpendingOutsideCycle(new DateOnly(2020, 12, 31), Year(2021), CutOff2020), result.Error);
    }

    [Fact]
    public void RecordSpending_refuses_a_share_named_with_the_wrong_subproject()
    {
        var other = AddSubproject(_project, "另一个子项目", "1");

        var wrongParent = _project.RecordSpending(new SpendingTarget(other.Id, _share.Id), June, OneFen, null, Open2020);
        var missingParent = _project.RecordSpending(new SpendingTarget(null, _share.Id), June, OneFen, null, Open2020);
        var projectShareUnderSubproject = _project.RecordSpending(new SpendingTarget(_subproject.Id, _projectShare.Id), June, OneFen, null, Open2020);

        Assert.Equal(ProjectMessages.ShareNotFound, wrongParent.Error);
        Assert.Equal(ProjectMessages.ShareNotFound, missingParent.Error);
        Assert.Equal(ProjectMessages.ShareNotFound, projectShareUnderSubproject.Error);
        Assert.Empty(_project.Spendings);
    }

    [Fact]
    public void RecordSpending_refuses_an_unknown_subproject_or_share()
    {
        Assert.Equal(ProjectMessages.SubprojectNotFound, _project.RecordSpending(SpendingTarget.Subproject(Guid.NewGuid()), June, OneFen, null, Open2020).Error);
        Assert.Equal(ProjectMessages.ShareNotFound, _project.RecordSpending(new SpendingTarget(null, Guid.NewGuid()), June, OneFen, null, Open2020).Error);
        Assert.Empty(_project.Spendings);
    }

    [Fact]
    public void Budget_numbers_follow_allocation_and_spending()
    {
        var project = Project("100");
        Spend(project, SpendingTarget.Project, "25");

        var budget = project.Budget();

        Assert.Equal(Wan("75"), budget.Available);
        Assert.Equal(Wan("75"), budget.Balance);
        Assert.Equal(0.25m, budget.ExecutionRate);
    }

    [Fact]
    public void ExecutionRate_is_zero_without_an_allocation()
    {
        Assert.Equal(0m, new BudgetLine(Money.Zero, Money.Zero, Money.Zero, Money.Zero).ExecutionRate);
    }

    [Fact]
    public void Available_leaves_out_money_given_on_but_Balance_only_what_was_spent()
    {
        var line = new BudgetLine(Wan("100"), Wan("70"), Wan("5"), Wan("12"));

        Assert.Equal(Wan("25"), line.Available);
        Assert.Equal(Wan("88"), line.Balance);
        Assert.Equal(0.12m, line.ExecutionRate);
    }

    [Fact]
    public void The_carry_over_at_the_cut_off_is_the_allocation_less_what_was_spent_by_then()
    {
        var project = Project("750", Years(2020, 2021));
        Spend(project, SpendingTarget.Project, "400", new DateOnly(2020, 12, 31));
        Spend(project, SpendingTarget.Project, "28.39", CutOff2020);

        Assert.Equal(Wan("321.61"), Ledger(project).At(CutOff2020).CarryOver);
        Assert.Equal(Wan("350"), Ledger(project).At(new DateOnly(2020, 12, 31)).CarryOver);
        Assert.Equal(Wan("428.39"), Ledger(project).SpentBy(CutOff2020));
    }

    [Fact]
    public void Ledgers_as_of_a_date_leave_out_later_spending_at_every_node()
    {
        Spend(_project, SpendingTarget.Subproject(_subproject.Id), "3", new DateOnly(2020, 6, 1));
        _ = _project.RecordSpending(SpendingTarget.Share(_share), new DateOnly(2020, 7, 1), Wan("4"), null, Open2020).Value;

        Assert.Equal(Wan("3"), Ledger(_project).SpentBy(new DateOnly(2020, 6, 30)));
        Assert.Equal(Wan("3"), _project.SubprojectLedger(_subproject.Id).SpentBy(new DateOnly(2020, 6, 30)));
        Assert.Equal(Money.Zero, _project.ShareLedger(_share.Id).SpentBy(new DateOnly(2020, 6, 30)));
        Assert.Equal(Wan("4"), _project.ShareLedger(_share.Id).SpentInTotal);
        Assert.Equal(Wan("7"), Ledger(_project).SpentInTotal);
        Assert.Equal(Wan("7"), _project.Budget().SpentInTotal);
    }

    [Fact]
    public void Asking_the_budget_of_an_unknown_node_is_a_bug()
    {
        Assert.Throws<ArgumentException>(() => _project.SubprojectBudget(Guid.NewGuid()));
        Assert.Throws<ArgumentException>(() => _project.ShareBudget(Guid.NewGuid()));
    }

    [Fact]
    public void A_failed_spending_keeps_the_version_and_a_successful_one_changes_it()
    {
        var version = _project.Version;

        Assert.True(_project.RecordSpending(SpendingTarget.Project, June, Wan("30") + OneFen, null, Open2020).IsFailure);
        Assert.Equal(version, _project.Version);
        Assert.True(_project.RecordSpending(SpendingTarget.Project, June, Wan("30"), null, Open2020).IsSuccess);
        Assert.NotEqual(version, _project.Version);
    }

    private SpendingTarget Target(Node node) => node switch
    {
        Node.Project => SpendingTarget.Project,
        Node.Subproject => SpendingTarget.Subproject(_subproject.Id),
        Node.Share => SpendingTarget.Share(_share),
        _ => SpendingTarget.Share(_projectShare),
    };

    private BudgetLine BudgetOf(Node node) => node switch
    {
        Node.Project => _project.Budget(),
        Node.Subproject => _project.SubprojectBudget(_subproject.Id),
        Node.Share => _project.ShareBudget(_share.Id),
        _ => _project.ShareBudget(_projectShare.Id),
    };
}
