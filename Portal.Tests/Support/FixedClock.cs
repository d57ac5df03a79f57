namespace Portal.Tests.Support;

/// <summary>A clock stopped at one instant, so "today" in a test never depends on when it runs.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static readonly FixedClock Late2026 = new(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(8)));

    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.CreateCustomTimeZone("Beijing", TimeSpan.FromHours(8), "Beijing", "Beijing");
}
