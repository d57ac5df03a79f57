using Portal.Domain.Common;

namespace Portal.Tests.Domain;

public class CycleTests
{
    [Theory]
    [InlineData(CycleKind.Year, "2020-01-01", "2020-12-31")]
    [InlineData(CycleKind.Years, "2020-01-01", "2021-12-31")]
    [InlineData(CycleKind.Years, "2020-01-01", "2020-12-31")]
    [InlineData(CycleKind.Months, "2020-05-01", "2020-11-30")]
    [InlineData(CycleKind.Months, "2020-02-01", "2020-02-29")]
    [InlineData(CycleKind.Dates, "2020-04-01", "2020-10-31")]
    public void Create_accepts_a_cycle_of_the_right_shape(CycleKind kind, string start, string end)
    {
        var result = Cycle.Create(kind, Day(start), Day(end));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(kind, result.Value.Kind);
    }

    [Theory]
    [InlineData(CycleKind.Year, "2020-01-02", "2020-12-31", CycleMessages.NotOneYear)]
    [InlineData(CycleKind.Year, "2020-01-01", "2020-12-30", CycleMessages.NotOneYear)]
    [InlineData(CycleKind.Year, "2020-01-01", "2021-12-31", CycleMessages.NotOneYear)]
    [InlineData(CycleKind.Years, "2020-02-01", "2021-12-31", CycleMessages.NotWholeYears)]
    [InlineData(CycleKind.Years, "2020-01-01", "2021-12-30", CycleMessages.NotWholeYears)]
    [InlineData(CycleKind.Months, "2020-05-02", "2020-11-30", CycleMessages.NotWholeMonths)]
    [InlineData(CycleKind.Months, "2020-05-01", "2020-11-29", CycleMessages.NotWholeMonths)]
    [InlineData(CycleKind.Months, "2020-02-01", "2020-02-28", CycleMessages.NotWholeMonths)]
    public void Create_refuses_a_cycle_that_does_not_fit_its_kind(CycleKind kind, string start, string end, string message)
    {
        var result = Cycle.Create(kind, Day(start), Day(end));

        Assert.Equal(message, result.Error);
    }

    [Theory]
    [InlineData(CycleKind.Year)]
    [InlineData(CycleKind.Years)]
    [InlineData(CycleKind.Months)]
    [InlineData(CycleKind.Dates)]
    public void Create_refuses_an_end_one_day_before_the_start(CycleKind kind)
    {
        var result = Cycle.Create(kind, new DateOnly(2020, 4, 1), new DateOnly(2020, 3, 31));

        Assert.Equal(CycleMessages.EndBeforeStart, result.Error);
    }

    [Fact]
    public void Create_refuses_an_unknown_kind()
    {
        var result = Cycle.Create((CycleKind)9, new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31));

        Assert.Equal(CycleMessages.UnknownKind, result.Error);
    }

    [Theory]
    [InlineData(CycleKind.Year, "2020-01-01", "2020-12-31", "2020 年")]
    [InlineData(CycleKind.Years, "2020-01-01", "2021-12-31", "2020-2021 年")]
    [InlineData(CycleKind.Years, "2020-01-01", "2020-12-31", "2020 年")]
    [InlineData(CycleKind.Months, "2020-05-01", "2020-11-30", "2020 年 5 月-11 月")]
    [InlineData(CycleKind.Months, "2020-11-01", "2021-02-28", "2020 年 11 月-2021 年 2 月")]
    [InlineData(CycleKind.Dates, "2020-04-01", "2020-10-31", "2020 年 4 月 1 日-10 月 31 日")]
    [InlineData(CycleKind.Dates, "2020-12-01", "2021-01-31", "2020 年 12 月 1 日-2021 年 1 月 31 日")]
    public void Label_is_written_as_the_report_writes_it(CycleKind kind, string start, string end, string label)
    {
        Assert.Equal(label, Cycle.Create(kind, Day(start), Day(end)).Value.Label);
    }

    [Fact]
    public void OfYear_is_the_same_cycle_as_a_created_year()
    {
        var created = Cycle.Create(CycleKind.Year, new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31)).Value;

        Assert.Equal(created, Cycle.OfYear(2020));
        Assert.Equal(new DateOnly(2020, 1, 1), Cycle.OfYear(2020).Start);
        Assert.Equal(new DateOnly(2020, 12, 31), Cycle.OfYear(2020).End);
    }

    [Theory]
    [InlineData(2020, 366)]
    [InlineData(2021, 365)]
    public void Days_counts_leap_years(int year, int days)
    {
        Assert.Equal(days, Cycle.OfYear(year).Days);
    }

    [Fact]
    public void Days_of_exact_dates_counts_both_ends()
    {
        Assert.Equal(214, DomainBuilders.Dates(new DateOnly(2020, 4, 1), new DateOnly(2020, 10, 31)).Days);
        Assert.Equal(1, DomainBuilders.Dates(new DateOnly(2020, 4, 1), new DateOnly(2020, 4, 1)).Days);
    }

    [Theory]
    [InlineData("2019-12-31", 0, 1)]
    [InlineData("2020-01-01", 1, 366)]
    [InlineData("2020-02-29", 60, 366)]
    [InlineData("2020-12-30", 365, 366)]
    [InlineData("2020-12-31", 1, 1)]
    [InlineData("2021-06-30", 1, 1)]
    public void ScheduleProgress_is_the_elapsed_share_of_2020_counting_the_leap_day(string asOf, int numerator, int denominator)
    {
        var progress = Cycle.OfYear(2020).ScheduleProgress(Day(asOf));

        Assert.Equal((decimal)numerator / denominator, progress);
    }

    [Fact]
    public void ScheduleProgress_of_exact_dates_counts_days_of_the_cycle()
    {
        var cycle = DomainBuilders.Dates(new DateOnly(2020, 4, 1), new DateOnly(2020, 10, 31));

        Assert.Equal(0m, cycle.ScheduleProgress(new DateOnly(2020, 3, 31)));
        Assert.Equal(30m / 214, cycle.ScheduleProgress(new DateOnly(2020, 4, 30)));
        Assert.Equal(1m, cycle.ScheduleProgress(new DateOnly(2020, 10, 31)));
    }

    [Fact]
    public void Contains_includes_both_ends_and_nothing_outside()
    {
        var cycle = Cycle.OfYear(2020);

        Assert.True(cycle.Contains(new DateOnly(2020, 1, 1)));
        Assert.True(cycle.Contains(new DateOnly(2020, 12, 31)));
        Assert.False(cycle.Contains(new DateOnly(2019, 12, 31)));
        Assert.False(cycle.Contains(new DateOnly(2021, 1, 1)));
    }

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
