using Portal.Domain.Common;

namespace Portal.Tests.Domain;

public sealed class ReportDeadlineTests
{
    private static FundYear Year2021() =>
        FundYear.Create(Guid.NewGuid(), 2021, Money.FromWanYuan(100), Money.FromWanYuan(60), Money.FromWanYuan(40), new DateOnly(2022, 2, 28)).Value;

    [Fact]
    public void A_month_is_due_on_the_20th_of_the_next_month_by_default()
    {
        var year = Year2021();

        Assert.Equal(FundYear.DefaultReportDeadlineDay, year.ReportDeadlineDay);
        Assert.Equal(new DateOnly(2021, 2, 20), year.ReportDueDate(1));
        Assert.Equal(new DateOnly(2022, 1, 20), year.ReportDueDate(12));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(28)]
    public void The_deadline_day_can_be_any_day_every_month_has(int day)
    {
        var year = Year2021();

        Assert.True(year.SetReportDeadlineDay(day).IsSuccess);
        Assert.Equal(new DateOnly(2021, 3, day), year.ReportDueDate(2));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(29)]
    public void A_deadline_day_some_months_lack_is_refused_and_changes_nothing(int day)
    {
        var year = Year2021();
        var version = year.Version;

        Assert.Equal(FundYearMessages.DeadlineDayOutOfRange, year.SetReportDeadlineDay(day).Error);
        Assert.Equal(FundYear.DefaultReportDeadlineDay, year.ReportDeadlineDay);
        Assert.Equal(version, year.Version);
    }

    [Theory]
    [InlineData("2021", 2021)]
    [InlineData("２０２１", 2021)]
    [InlineData(" 15 ", 15)]
    [InlineData("abc", null)]
    [InlineData("", null)]
    [InlineData("-3", null)]
    [InlineData("12345678901", null)]
    public void Typed_whole_numbers_are_read_with_full_width_digits(string text, int? expected)
    {
        Assert.Equal(expected, TypedInput.WholeNumber(text));
    }

    [Theory]
    [InlineData("2022-02-28", 2022, 2, 28)]
    [InlineData("2022/2/28", 2022, 2, 28)]
    [InlineData("2022.2.28", 2022, 2, 28)]
    [InlineData("2022年2月28日", 2022, 2, 28)]
    [InlineData("２０２２－０２－２８", 2022, 2, 28)]
    public void Typed_dates_are_read_in_the_forms_staff_write_them(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), TypedInput.Date(text));
    }

    [Theory]
    [InlineData("2022-02-30")]
    [InlineData("28/02/2022")]
    [InlineData("")]
    [InlineData(null)]
    public void Impossible_or_foreign_dates_are_not_read(string? text)
    {
        Assert.Null(TypedInput.Date(text));
    }
}
