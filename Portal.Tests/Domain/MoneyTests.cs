using Portal.Domain.Common;
using static Portal.Tests.Domain.DomainBuilders;

namespace Portal.Tests.Domain;

public class MoneyTests
{
    private static readonly string[] Allocations2020 = ["750", "70.815", "32.769", "42.848", "42", "44.68", "15", "143.5", "134.69", "15.698"];

    [Theory]
    [InlineData("1234.56", 123456)]
    [InlineData("1,234.56", 123456)]
    [InlineData("１２３４．５６", 123456)]
    [InlineData("１,２３４", 123400)]
    [InlineData("1234。5", 123450)]
    [InlineData("  1234.56  ", 123456)]
    [InlineData("\u30001234.56\u3000", 123456)]
    [InlineData("0.01", 1)]
    public void ParseYuan_accepts_what_people_type(string text, long fen)
    {
        var result = Money.ParseYuan(text);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(Money.FromFen(fen), result.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("\u3000")]
    public void ParseYuan_refuses_empty_input(string? text)
    {
        var result = Money.ParseYuan(text);

        Assert.True(result.IsFailure);
        Assert.Equal(MoneyMessages.Empty, result.Error);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("－1")]
    public void ParseYuan_refuses_negative_amounts(string text)
    {
        var result = Money.ParseYuan(text);

        Assert.Equal(MoneyMessages.Negative, result.Error);
    }

    [Theory]
    [InlineData("1，234")]
    [InlineData("１，２３４")]
    [InlineData("１２，３")]
    [InlineData("1,234，567")]
    [InlineData("1，234.56")]
    public void A_full_width_comma_is_refused_because_in_chinese_text_it_separates_items(string text)
    {
        Assert.Equal(MoneyMessages.FullWidthComma(text), Money.ParseYuan(text).Error);
        Assert.Equal(MoneyMessages.FullWidthComma(text), Money.ParseWanYuan(text).Error);
    }

    [Fact]
    public void ParseYuan_refuses_three_decimals_because_that_is_below_the_fen()
    {
        var result = Money.ParseYuan("1.234");

        Assert.Equal(MoneyMessages.TooManyDecimals("元", 2), result.Error);
    }

    [Theory]
    [InlineData("12a")]
    [InlineData("1,23")]
    [InlineData("0,123")]
    [InlineData("000,123")]
    [InlineData("1.")]
    [InlineData(".")]
    [InlineData("1e5")]
    [InlineData("1 234")]
    public void ParseYuan_refuses_text_that_is_not_a_number_and_quotes_it(string text)
    {
        var result = Money.ParseYuan(text);

        Assert.Equal(MoneyMessages.NotANumber(text), result.Error);
    }

    [Fact]
    public void ParseYuan_accepts_exactly_the_largest_input()
    {
        var result = Money.ParseYuan("100000000000");

        Assert.Equal(Money.MaxInput, result.Value);
    }

    [Theory]
    [InlineData("100000000000.01")]
    [InlineData("99999999999999999999999999")]
    public void ParseYuan_refuses_amounts_over_the_largest_input(string text)
    {
        var result = Money.ParseYuan(text);

        Assert.Equal(MoneyMessages.TooLarge, result.Error);
    }

    [Theory]
    [InlineData("70.815", 70_815_000)]
    [InlineData("0.000001", 1)]
    [InlineData("1292", 1_292_000_000)]
    [InlineData("11416.76", 11_416_760_000)]
    public void ParseWanYuan_accepts_amounts_down_to_the_fen(string text, long fen)
    {
        var result = Money.ParseWanYuan(text);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(Money.FromFen(fen), result.Value);
    }

    [Fact]
    public void ParseWanYuan_refuses_a_seventh_decimal_because_that_is_below_the_fen()
    {
        var result = Money.ParseWanYuan("0.0000001");

        Assert.Equal(MoneyMessages.TooManyDecimals("万元", 6), result.Error);
    }

    [Fact]
    public void ParseWanYuan_refuses_one_fen_over_the_largest_input()
    {
        Assert.Equal(Money.MaxInput, Money.ParseWanYuan("10000000").Value);
        Assert.Equal(MoneyMessages.TooLarge, Money.ParseWanYuan("10000000.000001").Error);
    }

    [Fact]
    public void ParseWanYuan_refuses_a_number_too_large_for_fen_instead_of_overflowing()
    {
        var result = Money.ParseWanYuan("999999999999999");

        Assert.Equal(MoneyMessages.TooLarge, result.Error);
    }

    [Theory]
    [InlineData(70_815_000, "70.815")]
    [InlineData(1_292_000_000, "1292")]
    [InlineData(11_416_760_000, "11416.76")]
    [InlineData(1, "0.000001")]
    [InlineData(0, "0")]
    [InlineData(-70_815_000, "-70.815")]
    [InlineData(-1, "-0.000001")]
    public void ToWanYuan_keeps_every_digit_without_grouping(long fen, string expected)
    {
        Assert.Equal(expected, Money.FromFen(fen).ToWanYuan());
    }

    [Fact]
    public void ToWanYuan_writes_the_smallest_possible_amount_without_overflowing()
    {
        Assert.Equal("-9223372036854.775808", Money.FromFen(long.MinValue).ToWanYuan());
    }

    [Theory]
    [InlineData("70.815")]
    [InlineData("4512.36608")]
    public void ToWanYuan_gives_back_what_ParseWanYuan_read(string text)
    {
        Assert.Equal(text, Wan(text).ToWanYuan());
    }

    [Theory]
    [InlineData(123_450, "1,234.50")]
    [InlineData(0, "0.00")]
    [InlineData(1, "0.01")]
    [InlineData(-123_450, "-1,234.50")]
    public void ToYuan_writes_two_decimals_and_thousands_separators(long fen, string expected)
    {
        Assert.Equal(expected, Money.FromFen(fen).ToYuan());
    }

    [Fact]
    public void ToString_writes_wan_yuan_with_the_unit()
    {
        Assert.Equal("70.815 万元", Wan("70.815").ToString());
    }

    [Fact]
    public void FromYuan_and_FromWanYuan_convert_to_fen()
    {
        Assert.Equal(123_400, Money.FromYuan(1234).Fen);
        Assert.Equal(1_292_000_000, Money.FromWanYuan(1292).Fen);
    }

    [Fact]
    public void Sum_adds_the_ten_projects_of_2020_to_exactly_1292()
    {
        Assert.Equal(Money.FromWanYuan(1292), Money.Sum(Allocations2020.Select(Wan)));
    }

    [Fact]
    public void Sum_of_nothing_is_zero()
    {
        Assert.Equal(Money.Zero, Money.Sum([]));
        Assert.True(Money.Sum([]).IsZero);
    }

    [Fact]
    public void Sum_of_null_is_a_bug()
    {
        Assert.Throws<ArgumentNullException>(() => Money.Sum(null!));
    }

    [Fact]
    public void Operators_add_subtract_and_compare_in_fen()
    {
        var a = Wan("70.815");
        var b = Wan("0.000001");

        Assert.Equal(70_815_001, (a + b).Fen);
        Assert.Equal(70_814_999, (a - b).Fen);
        Assert.Equal(a + b, Money.Add(a, b));
        Assert.Equal(a - b, Money.Subtract(a, b));
        Assert.True(b < a);
        Assert.True(a > b);
        Assert.True(a <= Wan("70.815"));
        Assert.True(a >= Wan("70.815"));
        Assert.False(a < Wan("70.815"));
        Assert.False(a > Wan("70.815"));
        Assert.True(a == Wan("70.815"));
        Assert.True(a != b);
        Assert.True(a.CompareTo(b) > 0);
        Assert.True(b.CompareTo(a) < 0);
        Assert.Equal(0, a.CompareTo(Wan("70.815")));
    }

    [Fact]
    public void IsNegative_and_IsZero_look_at_the_sign()
    {
        Assert.True(Money.FromFen(-1).IsNegative);
        Assert.False(Money.Zero.IsNegative);
        Assert.True(Money.Zero.IsZero);
        Assert.False(OneFen.IsZero);
        Assert.False(OneFen.IsNegative);
    }

    [Fact]
    public void Addition_overflow_throws_instead_of_wrapping()
    {
        var max = Money.FromFen(long.MaxValue);

        Assert.Throws<OverflowException>(() => max + OneFen);
        Assert.Throws<OverflowException>(() => Money.Sum([max, OneFen]));
    }

    [Fact]
    public void Subtraction_overflow_throws_instead_of_wrapping()
    {
        Assert.Throws<OverflowException>(() => Money.FromFen(long.MinValue) - OneFen);
    }

    [Fact]
    public void Conversion_overflow_throws_instead_of_wrapping()
    {
        Assert.Throws<OverflowException>(() => Money.FromYuan(long.MaxValue / 100 + 1));
        Assert.Throws<OverflowException>(() => Money.FromWanYuan(long.MaxValue / 1_000_000 + 1));
    }
}
