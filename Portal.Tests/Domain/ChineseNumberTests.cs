using Portal.Domain.Common;

namespace Portal.Tests.Domain;

public class ChineseNumberTests
{
    [Theory]
    [InlineData(1, "一")]
    [InlineData(9, "九")]
    [InlineData(10, "十")]
    [InlineData(11, "十一")]
    [InlineData(20, "二十")]
    [InlineData(21, "二十一")]
    [InlineData(99, "九十九")]
    public void Of_writes_the_number_as_the_report_does(int number, string expected)
    {
        Assert.Equal(expected, ChineseNumber.Of(number));
    }

    [Theory]
    [InlineData(7, "（七）")]
    [InlineData(10, "（十）")]
    public void Parenthesized_writes_the_project_heading_with_full_width_brackets(int number, string expected)
    {
        Assert.Equal(expected, ChineseNumber.Parenthesized(number));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public void Of_a_number_outside_1_to_99_is_a_bug(int number)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ChineseNumber.Of(number));
    }
}
