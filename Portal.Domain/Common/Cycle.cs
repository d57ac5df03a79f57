using System.Globalization;

namespace Portal.Domain.Common;

/// <summary>How a cycle is written in the report: a year, a span of years, whole months or exact dates.</summary>
public enum CycleKind
{
    Year = 0,
    Years = 1,
    Months = 2,
    Dates = 3,
}

/// <summary>
/// The period a project runs in (项目周期), first and last day inclusive. The kind only decides how it is
/// written; schedule progress always counts days, so leap years count.
/// </summary>
public sealed record Cycle
{
    private Cycle(CycleKind kind, DateOnly start, DateOnly end)
    {
        Kind = kind;
        Start = start;
        End = end;
    }

    public CycleKind Kind { get; private init; }

    public DateOnly Start { get; private init; }

    public DateOnly End { get; private init; }

    public int Days => End.DayNumber - Start.DayNumber + 1;

    public static Cycle OfYear(int year) => new(CycleKind.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public static Result<Cycle> Create(CycleKind kind, DateOnly start, DateOnly end)
    {
        if (end < start)
            return Result.Fail<Cycle>(CycleMessages.EndBeforeStart, Fields.Cycle);
        var startsOnMonth = start.Day == 1;
        var endsOnMonth = end.Day == DateTime.DaysInMonth(end.Year, end.Month);
        var wholeYears = start is { Month: 1, Day: 1 } && end is { Month: 12, Day: 31 };
        return kind switch
        {
            CycleKind.Year when !wholeYears || start.Year != end.Year => Result.Fail<Cycle>(CycleMessages.NotOneYear, Fields.Cycle),
            CycleKind.Years when !wholeYears => Result.Fail<Cycle>(CycleMessages.NotWholeYears, Fields.Cycle),
            CycleKind.Months when !startsOnMonth || !endsOnMonth => Result.Fail<Cycle>(CycleMessages.NotWholeMonths, Fields.Cycle),
            CycleKind.Year or CycleKind.Years or CycleKind.Months or CycleKind.Dates => Result.Ok(new Cycle(kind, start, end)),
            _ => Result.Fail<Cycle>(CycleMessages.UnknownKind, Fields.Cycle),
        };
    }

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>
    /// 序时进度: the share of the cycle elapsed at the end of <paramref name="asOf"/>, from 0 before the
    /// first day to 1 from the last day on.
    /// </summary>
    public decimal ScheduleProgress(DateOnly asOf)
    {
        if (asOf < Start)
            return 0m;
        if (asOf >= End)
            return 1m;
        return (decimal)(asOf.DayNumber - Start.DayNumber + 1) / Days;
    }

    /// <summary>The cycle as the report writes it: 2020 年, 2020-2021 年, 2020 年 5 月-11 月, 2020 年 4 月 1 日-10 月 31 日.</summary>
    public string Label => Kind switch
    {
        CycleKind.Year => Invariant($"{Start.Year} 年"),
        CycleKind.Years => Start.Year == End.Year ? Invariant($"{Start.Year} 年") : Invariant($"{Start.Year}-{End.Year} 年"),
        CycleKind.Months => Start.Year == End.Year
            ? Invariant($"{Start.Year} 年 {Start.Month} 月-{End.Month} 月")
            : Invariant($"{Start.Year} 年 {Start.Month} 月-{End.Year} 年 {End.Month} 月"),
        _ => Start.Year == End.Year
            ? Invariant($"{Start.Year} 年 {Start.Month} 月 {Start.Day} 日-{End.Month} 月 {End.Day} 日")
            : Invariant($"{Start.Year} 年 {Start.Month} 月 {Start.Day} 日-{End.Year} 年 {End.Month} 月 {End.Day} 日"),
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
