using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using static Portal.Tests.Domain.DomainBuilders;

namespace Portal.Tests.Domain;

public class SubsidyTypeTests
{
    private static readonly DateOnly From2019 = new(2019, 1, 1);
    private static readonly DateOnly From2022 = new(2022, 7, 1);

    [Fact]
    public void Create_keeps_code_name_and_order()
    {
        var type = SubsidyType.Create("disability-care", "  失能老年人护理补贴  ", 2).Value;

        Assert.Equal("disability-care", type.Code);
        Assert.Equal("失能老年人护理补贴", type.Name);
        Assert.Equal(2, type.Order);
        Assert.Empty(type.Rates);
    }

    [Theory]
    [InlineData("Disability-Care")]
    [InlineData("disability care")]
    [InlineData("")]
    public void Create_refuses_a_bad_code(string code)
    {
        Assert.Equal(OrganisationMessages.InvalidCode(code), SubsidyType.Create(code, "补贴", 1).Error);
    }

    [Fact]
    public void Create_refuses_a_blank_name()
    {
        Assert.Equal(OrganisationMessages.NameRequired, SubsidyType.Create("advanced-age", " ", 1).Error);
    }

    [Fact]
    public void AddRateTable_keeps_every_level_with_its_date_and_changes_the_version()
    {
        var type = SubsidyType.Create("disability-care", "失能老年人护理补贴", 1).Value;
        var version = type.Version;

        var result = type.AddRateTable(From2019, Levels(("重度失能", "600"), (" 轻度失能 ", "200"), ("中度失能", "400")));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(3, type.Rates.Count);
        Assert.All(type.Rates, r => Assert.Equal(From2019, r.EffectiveFrom));
        Assert.All(type.Rates, r => Assert.Equal(type.Id, r.SubsidyTypeId));
        Assert.Contains(type.Rates, r => r.Level == "轻度失能" && r.Monthly == Yuan("200"));
        Assert.NotEqual(version, type.Version);
    }

    [Fact]
    public void AddRateTable_refuses_an_empty_table()
    {
        AssertRefused(DisabilityCare(), From2022, [], SubsidyMessages.RateTableEmpty);
    }

    [Fact]
    public void AddRateTable_refuses_a_second_table_from_the_same_date()
    {
        AssertRefused(DisabilityCare(), From2019, Levels(("轻度失能", "300")), SubsidyMessages.RateTableExists(From2019));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void AddRateTable_refuses_a_rate_that_is_not_positive(long fen)
    {
        var levels = new List<RateLevel> { new("轻度失能", Yuan("200")), new("重度失能", Money.FromFen(fen)) };

        AssertRefused(DisabilityCare(), From2022, levels, SubsidyMessages.RateMustBePositive);
    }

    [Theory]
    [InlineData("轻度失能")]
    [InlineData(" 轻度失能 ")]
    public void AddRateTable_refuses_duplicate_level_names(string second)
    {
        AssertRefused(DisabilityCare(), From2022, Levels(("轻度失能", "200"), (second, "400")), SubsidyMessages.RateLevelDuplicate);
    }

    [Fact]
    public void AddRateTable_refuses_a_level_without_a_name()
    {
        AssertRefused(DisabilityCare(), From2022, Levels(("轻度失能", "200"), ("  ", "400")), SubsidyMessages.RateLevelNameRequired);
    }

    [Fact]
    public void RatesOn_finds_nothing_before_the_first_table()
    {
        Assert.Empty(DisabilityCare().RatesOn(From2019.AddDays(-1)));
    }

    [Fact]
    public void RatesOn_picks_the_table_in_force_on_the_date_ordered_by_rate()
    {
        var type = WithSecondTable();

        Assert.Equal(["200", "400", "600"], MonthlyOn(type, From2019));
        Assert.Equal(["200", "400", "600"], MonthlyOn(type, From2022.AddDays(-1)));
        Assert.Equal(["250", "500", "750"], MonthlyOn(type, From2022));
        Assert.Equal(["250", "500", "750"], MonthlyOn(type, new DateOnly(2030, 1, 1)));
    }

    [Fact]
    public void MonthlyRangeOn_is_the_lowest_and_highest_rate_of_the_table_in_force_and_nothing_before_the_first()
    {
        var type = WithSecondTable();

        Assert.Null(type.MonthlyRangeOn(From2019.AddDays(-1)));
        Assert.Equal((Yuan("200"), Yuan("600")), type.MonthlyRangeOn(From2019));
        Assert.Equal((Yuan("200"), Yuan("600")), type.MonthlyRangeOn(From2022.AddDays(-1)));
        Assert.Equal((Yuan("250"), Yuan("750")), type.MonthlyRangeOn(From2022));
        Assert.Equal((Yuan("250"), Yuan("750")), type.MonthlyRangeOn(new DateOnly(2030, 1, 1)));
    }

    private static SubsidyType WithSecondTable()
    {
        var type = DisabilityCare();
        Assert.True(type.AddRateTable(From2022, Levels(("重度失能", "750"), ("轻度失能", "250"), ("中度失能", "500"))).IsSuccess);
        return type;
    }

    private static List<string> MonthlyOn(SubsidyType type, DateOnly date) =>
        type.RatesOn(date).Select(r => r.Monthly.ToYuan().Replace(".00", string.Empty, StringComparison.Ordinal)).ToList();

    private static List<RateLevel> Levels(params (string Name, string MonthlyYuan)[] levels) =>
        levels.Select(l => new RateLevel(l.Name, Yuan(l.MonthlyYuan))).ToList();

    private static void AssertRefused(SubsidyType type, DateOnly from, IReadOnlyCollection<RateLevel> levels, string message)
    {
        var count = type.Rates.Count;
        var version = type.Version;

        var result = type.AddRateTable(from, levels);

        Assert.Equal(message, result.Error);
        Assert.Equal(count, type.Rates.Count);
        Assert.Equal(version, type.Version);
    }
}
