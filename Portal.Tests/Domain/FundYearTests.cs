using Portal.Domain.Common;
using Portal.Domain.SocialAssistance;
using static Portal.Tests.Domain.DomainBuilders;

namespace Portal.Tests.Domain;

public class FundYearTests
{
    [Fact]
    public void Create_takes_the_2020_figures_and_shows_the_whole_factor_block_unallocated()
    {
        var year = FundYear2020();

        Assert.Equal(2020, year.Year);
        Assert.Equal(XichengId, year.DistrictId);
        Assert.Equal(Wan("11416.76"), year.Received);
        Assert.Equal(Wan("10124.76"), year.ElderlyBlock);
        Assert.Equal(Wan("1292"), year.FactorBlock);
        Assert.Equal(CutOff2020, year.CutOffDate);
        Assert.Equal(Wan("1292"), year.Unallocated);
        Assert.Equal(Money.Zero, year.Allocated);
        Assert.Empty(year.Projects);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(-1)]
    public void Create_refuses_received_one_fen_off_the_two_blocks(long fenOff)
    {
        var received = Wan("11416.76") + Money.FromFen(fenOff);

        var result = FundYear.Create(XichengId, 2020, received, Wan("10124.76"), Wan("1292"), CutOff2020);

        Assert.Equal(FundYearMessages.BlocksDoNotAddUp(received, Wan("10124.76"), Wan("1292")), result.Error);
    }

    [Theory]
    [InlineData(-1, -1, 0)]
    [InlineData(0, -1, 1)]
    [InlineData(0, 1, -1)]
    public void Create_refuses_negative_amounts_even_when_they_add_up(long receivedFen, long elderlyFen, long factorFen)
    {
        var result = FundYear.Create(XichengId, 2020, Money.FromFen(receivedFen), Money.FromFen(elderlyFen), Money.FromFen(factorFen), CutOff2020);

        Assert.Equal(MoneyMessages.Negative, result.Error);
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public void Create_refuses_a_year_out_of_range(int year)
    {
        var result = FundYear.Create(XichengId, year, Money.Zero, Money.Zero, Money.Zero, new DateOnly(2021, 2, 28));

        Assert.Equal(FundYearMessages.YearOutOfRange(year), result.Error);
    }

    [Theory]
    [InlineData(2000)]
    [InlineData(2100)]
    public void Create_accepts_the_first_and_last_year(int year)
    {
        var result = FundYear.Create(XichengId, year, Money.Zero, Money.Zero, Money.Zero, new DateOnly(year + 1, 2, 28));

        Assert.True(result.IsSuccess, result.Error);
    }

    [Theory]
    [InlineData(2020, 12, 31)]
    [InlineData(2021, 2, 28)]
    [InlineData(2021, 12, 31)]
    public void Create_accepts_a_cut_off_from_the_last_day_of_the_year_to_the_last_day_of_the_next(int y, int m, int d)
    {
        var result = FundYear.Create(XichengId, 2020, Wan("11416.76"), Wan("10124.76"), Wan("1292"), new DateOnly(y, m, d));

        Assert.Equal(new DateOnly(y, m, d), result.Value.CutOffDate);
    }

    [Theory]
    [InlineData(2020, 12, 30)]
    [InlineData(2022, 1, 1)]
    public void Create_refuses_a_cut_off_one_day_outside_its_range(int y, int m, int d)
    {
        var result = FundYear.Create(XichengId, 2020, Wan("11416.76"), Wan("10124.76"), Wan("1292"), new DateOnly(y, m, d));

        Assert.Equal(FundYearMessages.CutOffOutOfRange(2020), result.Error);
    }

    [Fact]
    public void AddProject_accepts_exactly_the_unallocated_amount()
    {
        var year = FundYear2020();
        AddProject(year, "A", "1000");

        var result = year.AddProject(ProjectArea.SocialAssistance, Details("B"), Wan("292"));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(Money.Zero, year.Unallocated);
        Assert.Equal(Wan("1292"), year.Allocated);
    }

    [Fact]
    public void AddProject_refuses_one_fen_over_the_unallocated_amount_and_changes_nothing()
    {
        var year = FundYear2020();
        AddProject(year, "A", "1000");
        var version = year.Version;
        var amount = Wan("292") + OneFen;

        var result = year.AddProject(ProjectArea.SocialAssistance, Details("B"), amount);

        Assert.Equal(FundYearMessages.ExceedsFactorBlock(amount, Wan("292")), result.Error);
        Assert.Contains("292.000001", result.Error, StringComparison.Ordinal);
        Assert.Single(year.Projects);
        Assert.Equal(Wan("1000"), year.Allocated);
        Assert.Equal(Wan("292"), year.Unallocated);
        Assert.Equal(version, year.Version);
    }

    [Fact]
    public void AddProject_refuses_a_negative_allocation()
    {
        var year = FundYear2020();

        var result = year.AddProject(ProjectArea.SocialAssistance, Details("A"), Money.FromFen(-1));

        Assert.Equal(MoneyMessages.Negative, result.Error);
        Assert.Empty(year.Projects);
    }

    [Theory]
    [InlineData("街道社会救助项目")]
    [InlineData("  街道社会救助项目  ")]
    public void AddProject_refuses_a_duplicate_name_and_changes_nothing(string name)
    {
        var year = FundYear2020();
        AddProject(year, "街道社会救助项目", "750");
        var version = year.Version;

        var result = year.AddProject(ProjectArea.SocialAssistance, Details(name), Wan("1"));

        Assert.Equal(FundYearMessages.DuplicateProject("街道社会救助项目"), result.Error);
        Assert.Single(year.Projects);
        Assert.Equal(Wan("542"), year.Unallocated);
        Assert.Equal(version, year.Version);
    }

    [Fact]
    public void AddProject_refuses_details_without_a_name()
    {
        var year = FundYear2020();

        var result = year.AddProject(ProjectArea.SocialAssistance, Details("   "), Wan("1"));

        Assert.Equal(ProjectMessages.NameRequired, result.Error);
        Assert.Empty(year.Projects);
    }

    [Fact]
    public void AddProject_numbers_projects_1_2_3_in_the_order_they_are_added()
    {
        var year = FundYear2020();

        int[] orders = [AddProject(year, "A", "1").Order, AddProject(year, "B", "1").Order, AddProject(year, "C", "1").Order];

        Assert.Equal([1, 2, 3], orders);
        Assert.Equal(year.Id, year.Projects[0].FundYearId);
    }

    [Fact]
    public void AddProject_trims_the_name_and_keeps_area_and_allocation()
    {
        var year = FundYear2020();

        var project = year.AddProject(ProjectArea.ChildProtection, Details("  儿童之家  "), Wan("134.69")).Value;

        Assert.Equal("儿童之家", project.Name);
        Assert.Equal(ProjectArea.ChildProtection, project.Area);
        Assert.Equal(Wan("134.69"), project.Allocation);
        Assert.Same(project, year.FindProject(project.Id));
    }

    [Fact]
    public void AddProject_changes_the_version()
    {
        var year = FundYear2020();
        var version = year.Version;

        AddProject(year, "A", "1");

        Assert.NotEqual(version, year.Version);
    }

    [Fact]
    public void Unallocated_shows_what_is_left_of_the_factor_block()
    {
        var year = FundYear2020();
        AddProject(year, "A", "750");
        AddProject(year, "B", "70.815");

        Assert.Equal(Wan("471.185"), year.Unallocated);
        Assert.Equal(year.FactorBlock, year.Allocated + year.Unallocated);
    }

    [Fact]
    public void ChangeProjectAllocation_accepts_exactly_what_is_committed()
    {
        var (year, project) = YearWithCommittedProject();

        var result = year.ChangeProjectAllocation(project.Id, Wan("150"));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(Wan("150"), project.Allocation);
        Assert.Equal(Money.Zero, project.Budget().Available);
        Assert.Equal(Wan("1142"), year.Unallocated);
    }

    [Fact]
    public void ChangeProjectAllocation_refuses_one_fen_below_what_is_committed_and_changes_nothing()
    {
        var (year, project) = YearWithCommittedProject();
        var yearVersion = year.Version;
        var projectVersion = project.Version;
        var amount = Wan("150") - OneFen;

        var result = year.ChangeProjectAllocation(project.Id, amount);

        Assert.Equal(ProjectMessages.BelowCommitted(amount, Wan("150")), result.Error);
        Assert.Equal(Wan("750"), project.Allocation);
        Assert.Equal(Wan("542"), year.Unallocated);
        Assert.Equal(yearVersion, year.Version);
        Assert.Equal(projectVersion, project.Version);
    }

    [Fact]
    public void ChangeProjectAllocation_accepts_exactly_the_current_allocation_plus_the_unallocated_amount()
    {
        var (year, project) = YearWithCommittedProject();

        var result = year.ChangeProjectAllocation(project.Id, Wan("1292"));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(Money.Zero, year.Unallocated);
    }

    [Fact]
    public void ChangeProjectAllocation_refuses_one_fen_over_the_current_allocation_plus_the_unallocated_amount()
    {
        var (year, project) = YearWithCommittedProject();
        var version = year.Version;

        var result = year.ChangeProjectAllocation(project.Id, Wan("1292") + OneFen);

        Assert.Equal(FundYearMessages.ExceedsFactorBlock(Wan("542") + OneFen, Wan("542")), result.Error);
        Assert.Equal(Wan("750"), project.Allocation);
        Assert.Equal(version, year.Version);
    }

    [Fact]
    public void ChangeProjectAllocation_changes_both_versions()
    {
        var (year, project) = YearWithCommittedProject();
        var yearVersion = year.Version;
        var projectVersion = project.Version;

        var result = year.ChangeProjectAllocation(project.Id, Wan("700"));

        Assert.True(result.IsSuccess, result.Error);
        Assert.NotEqual(yearVersion, year.Version);
        Assert.NotEqual(projectVersion, project.Version);
    }

    [Fact]
    public void ChangeProjectAllocation_refuses_a_negative_amount_and_an_unknown_project()
    {
        var (year, project) = YearWithCommittedProject();

        Assert.Equal(MoneyMessages.Negative, year.ChangeProjectAllocation(project.Id, Money.FromFen(-1)).Error);
        Assert.Equal(ProjectMessages.ProjectNotFound, year.ChangeProjectAllocation(Guid.NewGuid(), Wan("1")).Error);
        Assert.Equal(Wan("750"), project.Allocation);
    }

    [Fact]
    public void CheckElderlyLottery_accepts_exactly_the_elderly_block()
    {
        var year = FundYear2020();

        var result = year.CheckElderlyLottery(Wan("10000"), Wan("124.76"));

        Assert.True(result.IsSuccess, result.Error);
    }

    [Fact]
    public void CheckElderlyLottery_refuses_one_fen_over_the_elderly_block()
    {
        var year = FundYear2020();
        var proposed = Wan("124.76") + OneFen;

        var result = year.CheckElderlyLottery(Wan("10000"), proposed);

        Assert.Equal(FundYearMessages.ElderlyLotteryExceedsBlock(proposed, Wan("124.76"), Wan("10124.76")), result.Error);
    }

    [Fact]
    public void DescribeElderlyProgramme_keeps_the_text_the_cycle_and_the_owners()
    {
        var year = FundYear2020();
        var version = year.Version;

        var result = year.DescribeElderlyProgramme("  说明  ", Cycle.OfYear(2020), " 效果 ", [new ProgrammeOwner("邵振华", "83418182", "高龄津贴"), new ProgrammeOwner("袁鹏", "83418197", "失能补贴")]);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("说明", year.ElderlyDescription);
        Assert.Equal("效果", year.ElderlyOutcome);
        Assert.Equal(Cycle.OfYear(2020), year.ElderlyCycle);
        Assert.Equal(2, year.ElderlyOwners.Count);
        Assert.NotEqual(version, year.Version);
    }

    [Fact]
    public void DescribeElderlyProgramme_refuses_an_owner_without_a_name_and_changes_nothing()
    {
        var year = FundYear2020();
        var version = year.Version;

        var result = year.DescribeElderlyProgramme("说明", Cycle.OfYear(2020), null, [new ProgrammeOwner(" ", "83418182", null)]);

        Assert.Equal(FundYearMessages.OwnerNameRequired, result.Error);
        Assert.Null(year.ElderlyDescription);
        Assert.Empty(year.ElderlyOwners);
        Assert.Equal(version, year.Version);
    }

    /// <summary>750 万元 of which 100 went to a subproject, 20 to a street and 30 was spent: 150 committed.</summary>
    private static (FundYear Year, Project Project) YearWithCommittedProject()
    {
        var year = FundYear2020();
        var project = AddProject(year, "街道社会救助项目", "750");
        AddSubproject(project, "子项目", "100");
        _ = project.ShareToStreet(null, Street(), Wan("20"), null).Value;
        Spend(project, SpendingTarget.Project, "30");
        return (year, project);
    }
}
