namespace Portal.Infrastructure;

/// <summary>
/// The bureau's clock: times are stored in UTC and shown in Beijing time, and "today" is the Beijing calendar
/// day whatever zone the host runs in (a UTC container would otherwise turn months overdue eight hours late).
/// The <see cref="TimeProvider"/> stays injectable; only its UTC instant is used, never its local zone.
/// </summary>
public static class BeijingTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateTime FromUtc(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>A UTC instant as Beijing time in ISO 8601 with its offset: 2021-06-30T10:15:00+08:00.</summary>
    public static string Iso(DateTime utc) =>
        new DateTimeOffset(FromUtc(utc), TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The UTC instant a Beijing calendar day begins.</summary>
    public static DateTime StartOfDayUtc(DateOnly day) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), Zone);

    /// <summary>Now, as Beijing wall-clock time with its +08:00 offset.</summary>
    public static DateTimeOffset BeijingNow(this TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone);
    }

    /// <summary>Today's date in Beijing: the day every due, overdue, future-month and schedule rule is judged on.</summary>
    public static DateOnly BeijingToday(this TimeProvider clock) => DateOnly.FromDateTime(clock.BeijingNow().DateTime);
}
