using Portal.Domain.ElderlySubsidy;

namespace Portal.Tests.Domain;

public sealed class PersonTimesTextTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("1200", 1200)]
    [InlineData("1,200", 1200)]
    [InlineData("１２００", 1200)]
    [InlineData("１,２００", 1200)]
    [InlineData(" 877395 ", 877395)]
    [InlineData("10000000", 10_000_000)]
    public void Parse_accepts_whole_numbers_as_typed(string text, long expected)
    {
        Assert.Equal(expected, PersonTimesText.Parse(text).Value);
    }

    [Theory]
    [InlineData(null, SubsidyMessages.PersonTimesRequired)]
    [InlineData("", SubsidyMessages.PersonTimesRequired)]
    [InlineData("  ", SubsidyMessages.PersonTimesRequired)]
    [InlineData("-1", SubsidyMessages.PersonTimesNegative)]
    [InlineData("－1", SubsidyMessages.PersonTimesNegative)]
    [InlineData("12.5", SubsidyMessages.PersonTimesWhole)]
    [InlineData("10000001", SubsidyMessages.PersonTimesTooLarge)]
    [InlineData("99999999999999999999", SubsidyMessages.PersonTimesTooLarge)]
    public void Parse_refuses_what_is_not_a_count(string? text, string message)
    {
        Assert.Equal(message, PersonTimesText.Parse(text).Error);
    }

    [Theory]
    [InlineData("1，234")]
    [InlineData("１，２００")]
    [InlineData("12，3")]
    [InlineData("-1，000")]
    public void A_full_width_comma_is_refused_because_in_chinese_text_it_separates_items(string text)
    {
        Assert.Equal(SubsidyMessages.PersonTimesFullWidthComma(text), PersonTimesText.Parse(text).Error);
    }

    [Theory]
    [InlineData("12a")]
    [InlineData("1,20")]
    [InlineData("0,120")]
    [InlineData("一千")]
    public void Parse_refuses_letters_and_bad_grouping_and_quotes_the_text(string text)
    {
        Assert.Equal(SubsidyMessages.PersonTimesNotANumber(text), PersonTimesText.Parse(text).Error);
    }
}
