namespace Portal.Features.FundYears;

/// <summary>The district's fund years, newest first, and the current one (<see cref="Domain.Common.FundYear.Current"/>).</summary>
public sealed record FundYearChoice(IReadOnlyList<int> Years, int? Current)
{
    /// <summary>The year asked for when there is one, else the current one.</summary>
    public int? Selected(int? wanted) => wanted is { } year && Years.Contains(year) ? year : Current;
}
