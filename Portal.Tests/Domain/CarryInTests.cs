using Portal.Domain.Common;
using Portal.Domain.SocialAssistance;
using static Portal.Tests.Domain.DomainBuilders;

namespace Portal.Tests.Domain;

/// <summary>
/// A year's money continues into the next (rule 10): what one year carries over at its cut-off arrives as
/// 上年结转 in the next, beside what it receives, and over any run of years money in = spent + carried out +
/// not used.
/// </summary>
public sealed class CarryInTests
{
    [Fact]
    public void Xicheng_2020_carries_797_401_into_2021()
    {
        var y2020 = FundYear2020();
        var relief = AddProject(y2020, "街道社会救助项目", "750", Years(2020, 2021));
        var epidemic = AddProject(y2020, "新冠肺炎防疫用品救助补助项目", "70.815", Years(2020, 2021));
        var reimbursement = AddProject(y2020, "归垫", "32.769", Year(2019));
        AddProject(y2020, "其余七个项目", "438.416");
        Spend(relief, SpendingTarget.Project, "428.39", CutOff2020);
        Spend(epidemic, SpendingTarget.Project, "33.44", CutOff2020);
        Spend(reimbursement, SpendingTarget.Project, "32.769", new DateOnly(2020, 12, 31));

        var y2021 = FundYear.Create(XichengId, 2021, Wan("10160"), Wan("9960"), Wan("200"), new DateOnly(2022, 2, 28)).Value;
        Assert.True(y2021.ReceiveCarryIn(y2020.CarriedOut()).IsSuccess);

        Assert.Equal(Wan("797.401"), y2021.CarriedIn);
        Assert.Equal(Wan("997.401"), y2021.Unallocated);
        Assert.Equal(Wan("10957.401"), y2021.Statement(Money.Zero, []).Available);
    }

    [Fact]
    public void Across_three_years_money_in_equals_spent_carried_out_and_not_used_each_year_and_overall()
    {
        var years = new[]
        {
            FundYear.Create(XichengId, 2020, Wan("1100"), Wan("1000"), Wan("100"), new DateOnly(2021, 2, 28)).Value,
            FundYear.Create(XichengId, 2021, Wan("1300"), Wan("1200"), Wan("100"), new DateOnly(2022, 2, 28)).Value,
            FundYear.Create(XichengId, 2022, Wan("1250"), Wan("1200"), Wan("50"), new DateOnly(2023, 2, 28)).Value,
        };
        // 2020: 80 arranged of 100, 30 spent, 10 moved to 2021 before the cut-off, 10 after it.
        var a = AddProject(years[0], "甲", "80", Years(2020, 2021));
        Spend(a, SpendingTarget.Project, "30", new DateOnly(2020, 9, 1));
        Assert.True(years[0].Transfer(a.Id, null, Wan("10"), new DateOnly(2021, 1, 15), "移至下一年度").IsSuccess);
        Assert.True(years[0].Transfer(a.Id, null, Wan("10"), new DateOnly(2021, 3, 15), "截止日后移至下一年度").IsSuccess);
        Assert.True(years[1].ReceiveCarryIn(years[0].CarriedOut()).IsSuccess);
        // 2021: arranges all it has, 100 received and 50 carried in, spends 120 by its cut-off.
        var b = AddProject(years[1], "乙", "150", Year(2021));
        Pay(years[1], b, "120", new DateOnly(2021, 12, 1));
        Assert.True(years[2].ReceiveCarryIn(years[1].CarriedOut()).IsSuccess);
        // 2022: arranges 40 of 80, spends all of it.
        var c = AddProject(years[2], "丙", "40", Year(2022));
        Pay(years[2], c, "40", new DateOnly(2022, 6, 1));

        var statements = years.Select(y => y.Statement(y.ElderlyBlock, y.Projects.SelectMany(p => p.SpendingSums()))).ToList();

        Assert.Equal([Money.Zero, Wan("50"), Wan("30")], statements.Select(s => s.CarriedIn));
        Assert.Equal([Wan("50"), Wan("30"), Money.Zero], statements.Select(s => s.CarriedOver));
        Assert.Equal([Wan("20"), Money.Zero, Wan("40")], statements.Select(s => s.Unallocated));
        foreach (var s in statements)
        {
            Assert.Equal(s.Available, s.Spent + s.CarriedOver + s.Unused);
            Assert.Equal(s.Available, s.Arranged + s.TransferredToNextYear + s.Unallocated);
        }

        for (var i = 1; i < years.Length; i++)
            Assert.Equal(statements[i - 1].CarriedOver, statements[i].CarriedIn);
        Assert.Equal(
            Money.Sum(statements.Select(s => s.Received)) + statements[0].CarriedIn,
            Money.Sum(statements.Select(s => s.Spent)) + statements[^1].CarriedOver + Money.Sum(statements.Select(s => s.Unused)));
    }

    [Fact]
    public void A_carry_in_that_would_leave_less_than_the_year_arranged_is_refused_and_to_the_fen_is_taken()
    {
        var year = FundYear.Create(XichengId, 2021, Wan("1300"), Wan("1200"), Wan("100"), new DateOnly(2022, 2, 28)).Value;
        Assert.True(year.ReceiveCarryIn(Wan("50")).IsSuccess);
        AddProject(year, "乙", "150", Year(2021));
        var version = year.Version;

        var below = year.ReceiveCarryIn(Wan("50") - OneFen);
        Assert.Equal(FundYearMessages.CarryInBelowArranged(2021, Wan("50") - OneFen, Wan("100"), Wan("150")), below.Error);
        Assert.Equal((Wan("50"), version), (year.CarriedIn, year.Version));

        Assert.True(year.ReceiveCarryIn(Wan("50")).IsSuccess);
        Assert.Equal(version, year.Version);
        Assert.True(year.ReceiveCarryIn(Wan("60")).IsSuccess);
        Assert.Equal(Wan("10"), year.Unallocated);
    }

    [Fact]
    public void A_correction_in_the_earlier_year_changes_what_it_carries_out()
    {
        var earlier = FundYear.Create(XichengId, 2020, Wan("200"), Wan("100"), Wan("100"), new DateOnly(2021, 2, 28)).Value;
        var project = AddProject(earlier, "甲", "100", Year(2020));
        var mistyped = Spend(project, SpendingTarget.Project, "60", new DateOnly(2020, 9, 1));
        Assert.Equal(Wan("40"), earlier.CarriedOut());

        Assert.True(project.CorrectSpending(mistyped.Id, "应为 6 万元", new DateOnly(2020, 9, 1), Wan("6"), null, earlier.SpendingWindow).IsSuccess);

        Assert.Equal(Wan("94"), earlier.CarriedOut());
    }

    /// <summary>A payment of a year other than 2020, against that year's own cut-off.</summary>
    private static void Pay(FundYear year, Project project, string wanYuan, DateOnly date) =>
        Assert.True(project.RecordSpending(SpendingTarget.Project, date, Wan(wanYuan), null, year.SpendingWindow).IsSuccess);

    [Theory]
    [InlineData(2026, new[] { 2020, 2021, 2026, 2027 }, 2026)]
    [InlineData(2026, new[] { 2020, 2021, 2027 }, 2021)]
    [InlineData(2019, new[] { 2020, 2021 }, 2020)]
    public void The_current_year_is_the_year_of_today_else_the_latest_before_it_else_the_earliest(int today, int[] years, int expected)
    {
        Assert.Equal(expected, FundYear.Current(years, new DateOnly(today, 6, 1)));
        Assert.Null(FundYear.Current([], new DateOnly(today, 6, 1)));
    }
}
