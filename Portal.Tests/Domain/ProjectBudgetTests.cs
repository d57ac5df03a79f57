using Portal.Domain.Common;
using Portal.Domain.SocialAssistance;
using static Portal.Tests.Domain.DomainBuilders;

namespace Portal.Tests.Domain;

/// <summary>Subprojects and street shares: children never exceed the node they are cut from.</summary>
public class ProjectBudgetTests
{
    private readonly District _district = Xicheng();

    [Fact]
    public void AddSubproject_accepts_exactly_the_projects_remainder()
    {
        var project = Project("100");
        AddSubproject(project, "甲", "60");

        var result = project.AddSubproject(Details("乙"), Wan("40"));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(Money.Zero, project.Budget().Available);
        Assert.Equal(Wan("100"), project.Budget().AssignedToChildren);
    }

    [Fact]
    public void AddSubproject_refuses_one_fen_over_the_projects_remainder_and_changes_nothing()
    {
        var project = Project("100");
        AddSubproject(project, "甲", "60");
        var version = project.Version;
        var amount = Wan("40") + OneFen;

        var result = project.AddSubproject(Details("乙"), amount);

        Assert.Equal(ProjectMessages.ExceedsProjectRemainder(amount, Wan("40")), result.Error);
        Assert.Contains("40.000001", result.Error, StringComparison.Ordinal);
        Assert.Single(project.Subprojects);
        Assert.Equal(Wan("40"), project.Budget().Available);
        Assert.Equal(version, project.Version);
    }

    [Fact]
    public void AddSubproject_remainder_leaves_out_street_shares_and_direct_spending_of_the_project()
    {
        var project = Project("100");
        _ = project.ShareToStreet(null, Street(_district, "xinjiekou", "新街口"), Wan("20"), null).Value;
        Spend(project, SpendingTarget.Project, "10");

        Assert.Equal(ProjectMessages.ExceedsProjectRemainder(Wan("70") + OneFen, Wan("70")), project.AddSubproject(Details("乙"), Wan("70") + OneFen).Error);
        Assert.True(project.AddSubproject(Details("乙"), Wan("70")).IsSuccess);
    }

    [Theory]
    [InlineData("甲")]
    [InlineData(" 甲 ")]
    public void AddSubproject_refuses_a_duplicate_name(string name)
    {
        var project = Project("100");
        AddSubproject(project, "甲", "1");

        var result = project.AddSubproject(Details(name), Wan("1"));

        Assert.Equal(ProjectMessages.DuplicateSubproject("甲"), result.Error);
        Assert.Single(project.Subprojects);
    }

    [Fact]
    public void AddSubproject_refuses_a_negative_allocation()
    {
        var project = Project("100");

        Assert.Equal(MoneyMessages.Negative, project.AddSubproject(Details("甲"), Money.FromFen(-1)).Error);
        Assert.Empty(project.Subprojects);
    }

    [Fact]
    public void AddSubproject_numbers_subprojects_under_their_project()
    {
        var project = Project("100");

        var first = AddSubproject(project, "甲", "1");
        var second = AddSubproject(project, "乙", "1");

        Assert.Equal(1, first.Order);
        Assert.Equal(2, second.Order);
        Assert.Equal(project.Id, second.ProjectId);
        Assert.Same(second, project.FindSubproject(second.Id));
    }

    [Fact]
    public void ShareToStreet_under_a_subproject_accepts_exactly_its_remainder()
    {
        var project = Project("100");
        var subproject = AddSubproject(project, "儿童之家项目", "75");
        _ = project.ShareToStreet(subproject.Id, Street(_district, "xinjiekou", "新街口"), Wan("50"), null).Value;

        var result = project.ShareToStreet(subproject.Id, Street(_district, "desheng", "德胜"), Wan("25"), "购买书籍和玩具");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(subproject.Id, result.Value.SubprojectId);
        Assert.Equal(project.Id, result.Value.ProjectId);
        Assert.Equal("购买书籍和玩具", result.Value.Purpose);
        Assert.Equal(Money.Zero, project.SubprojectBudget(subproject.Id).Available);
        Assert.Equal(Wan("25"), project.Budget().Available);
    }

    [Fact]
    public void ShareToStreet_under_a_subproject_refuses_one_fen_over_its_remainder_and_changes_nothing()
    {
        var project = Project("100");
        var subproject = AddSubproject(project, "儿童之家项目", "75");
        _ = project.ShareToStreet(subproject.Id, Street(_district, "xinjiekou", "新街口"), Wan("50"), null).Value;
        var version = project.Version;
        var amount = Wan("25") + OneFen;

        var result = project.ShareToStreet(subproject.Id, Street(_district, "desheng", "德胜"), amount, null);

        Assert.Equal(ProjectMessages.ShareExceedsRemainder(amount, Wan("25")), result.Error);
        Assert.Single(project.Shares);
        Assert.Equal(Wan("25"), project.SubprojectBudget(subproject.Id).Available);
        Assert.Equal(version, project.Version);
    }

    [Fact]
    public void ShareToStreet_under_the_project_accepts_exactly_its_remainder()
    {
        var project = Project("100");
        AddSubproject(project, "甲", "60");

        var result = project.ShareToStreet(null, Street(_district, "niujie", "牛街"), Wan("40"), null);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Null(result.Value.SubprojectId);
        Assert.Null(result.Value.Purpose);
        Assert.Equal(Money.Zero, project.Budget().Available);
    }

    [Fact]
    public void ShareToStreet_under_the_project_refuses_one_fen_over_its_remainder_and_changes_nothing()
    {
        var project = Project("100");
        AddSubproject(project, "甲", "60");
        var version = project.Version;
        var amount = Wan("40") + OneFen;

        var result = project.ShareToStreet(null, Street(_district, "niujie", "牛街"), amount, null);

        Assert.Equal(ProjectMessages.ShareExceedsRemainder(amount, Wan("40")), result.Error);
        Assert.Empty(project.Shares);
        Assert.Equal(version, project.Version);
    }

    [Fact]
    public void ShareToStreet_refuses_a_second_share_for_the_same_street_under_the_same_parent()
    {
        var project = Project("100");
        var street = Street(_district, "xinjiekou", "新街口");
        _ = project.ShareToStreet(null, street, Wan("1"), null).Value;
        var version = project.Version;

        var result = project.ShareToStreet(null, street, Wan("1"), null);

        Assert.Equal(ProjectMessages.DuplicateShare("新街口街道"), result.Error);
        Assert.Single(project.Shares);
        Assert.Equal(version, project.Version);
    }

    [Fact]
    public void ShareToStreet_allows_the_same_street_under_another_parent()
    {
        var project = Project("100");
        var subproject = AddSubproject(project, "甲", "10");
        var street = Street(_district, "xinjiekou", "新街口");
        _ = project.ShareToStreet(null, street, Wan("1"), null).Value;

        var result = project.ShareToStreet(subproject.Id, street, Wan("1"), null);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(2, project.Shares.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void ShareToStreet_refuses_an_amount_that_is_not_positive(long fen)
    {
        var project = Project("100");

        var result = project.ShareToStreet(null, Street(), Money.FromFen(fen), null);

        Assert.Equal(ProjectMessages.ShareMustBePositive, result.Error);
        Assert.Empty(project.Shares);
    }

    [Fact]
    public void ShareToStreet_refuses_an_unknown_subproject()
    {
        var project = Project("100");

        var result = project.ShareToStreet(Guid.NewGuid(), Street(), Wan("1"), null);

        Assert.Equal(ProjectMessages.SubprojectNotFound, result.Error);
        Assert.Empty(project.Shares);
    }

    [Fact]
    public void ChangeSubprojectAllocation_accepts_exactly_its_shares_plus_direct_spending()
    {
        var (project, subproject) = SubprojectWithCommitments();

        var result = project.ChangeSubprojectAllocation(subproject.Id, Wan("55"));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(Wan("55"), subproject.Allocation);
        Assert.Equal(Money.Zero, project.SubprojectBudget(subproject.Id).Available);
        Assert.Equal(Wan("79.69"), project.Budget().Available);
    }

    [Fact]
    public void ChangeSubprojectAllocation_refuses_one_fen_below_its_shares_plus_direct_spending()
    {
        var (project, subproject) = SubprojectWithCommitments();
        var version = project.Version;
        var amount = Wan("55") - OneFen;

        var result = project.ChangeSubprojectAllocation(subproject.Id, amount);

        Assert.Equal(ProjectMessages.BelowCommitted(amount, Wan("55")), result.Error);
        Assert.Equal(Wan("75"), subproject.Allocation);
        Assert.Equal(version, project.Version);
    }

    [Fact]
    public void ChangeSubprojectAllocation_accepts_exactly_the_projects_remainder_on_top()
    {
        var (project, subproject) = SubprojectWithCommitments();

        var result = project.ChangeSubprojectAllocation(subproject.Id, Wan("134.69"));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(Money.Zero, project.Budget().Available);
    }

    [Fact]
    public void ChangeSubprojectAllocation_refuses_one_fen_over_the_projects_remainder()
    {
        var (project, subproject) = SubprojectWithCommitments();
        var version = project.Version;

        var result = project.ChangeSubprojectAllocation(subproject.Id, Wan("134.69") + OneFen);

        Assert.Equal(ProjectMessages.ExceedsProjectRemainder(Wan("59.69") + OneFen, Wan("59.69")), result.Error);
        Assert.Equal(Wan("75"), subproject.Allocation);
        Assert.Equal(version, project.Version);
    }

    [Fact]
    public void ChangeSubprojectAllocation_refuses_a_negative_amount_and_an_unknown_subproject()
    {
        var (project, subproject) = SubprojectWithCommitments();

        Assert.Equal(MoneyMessages.Negative, project.ChangeSubprojectAllocation(subproject.Id, Money.FromFen(-1)).Error);
        Assert.Equal(ProjectMessages.SubprojectNotFound, project.ChangeSubprojectAllocation(Guid.NewGuid(), Wan("1")).Error);
        Assert.Equal(Wan("75"), subproject.Allocation);
    }

    [Fact]
    public void Every_successful_change_gives_the_project_a_new_version()
    {
        var project = Project("100");
        var seen = new HashSet<Guid> { project.Version };

        var subproject = AddSubproject(project, "甲", "50");
        Assert.True(seen.Add(project.Version));
        _ = project.ShareToStreet(subproject.Id, Street(), Wan("10"), null).Value;
        Assert.True(seen.Add(project.Version));
        Assert.True(project.ChangeSubprojectAllocation(subproject.Id, Wan("60")).IsSuccess);
        Assert.True(seen.Add(project.Version));
        Spend(project, SpendingTarget.Project, "1");
        Assert.True(seen.Add(project.Version));
        Assert.True(project.UpdateDetails(Details("新名称")).IsSuccess);
        Assert.True(seen.Add(project.Version));
        Assert.True(project.AddIndicator(null, new IndicatorDetails(IndicatorCategory.Output, "培训人数", "人", IndicatorComparison.AtLeast, 286, null)).IsSuccess);
        Assert.True(seen.Add(project.Version));
    }

    [Fact]
    public void UpdateDetails_refuses_invalid_details_and_keeps_the_old_ones()
    {
        var project = Project("100");
        var version = project.Version;

        var result = project.UpdateDetails(Details(""));

        Assert.Equal(ProjectMessages.NameRequired, result.Error);
        Assert.Equal("测试项目", project.Name);
        Assert.Equal(version, project.Version);
    }

    [Fact]
    public void UpdateSubprojectDetails_changes_the_details_but_refuses_an_unknown_subproject()
    {
        var project = Project("100");
        var subproject = AddSubproject(project, "甲", "10");
        var version = project.Version;

        Assert.Equal(ProjectMessages.SubprojectNotFound, project.UpdateSubprojectDetails(Guid.NewGuid(), Details("乙")).Error);
        Assert.Equal(version, project.Version);
        Assert.True(project.UpdateSubprojectDetails(subproject.Id, Details("  乙  ", Year(2021))).IsSuccess);
        Assert.Equal("乙", subproject.Name);
        Assert.Equal(Year(2021), subproject.Cycle);
        Assert.NotEqual(version, project.Version);
    }

    /// <summary>Child protection 134.69: subproject 75 with 50 given to a street and 5 spent directly (55 committed).</summary>
    private (Project Project, Subproject Subproject) SubprojectWithCommitments()
    {
        var project = Project("134.69");
        var subproject = AddSubproject(project, "儿童之家项目", "75");
        _ = project.ShareToStreet(subproject.Id, Street(_district, "xinjiekou", "新街口"), Wan("50"), null).Value;
        Spend(project, SpendingTarget.Subproject(subproject.Id), "5");
        return (project, subproject);
    }
}
