namespace Portal.Features.FundYears;

/// <summary>The district's fund years, newest first, and the current one (<see cref="Domain.Common.FundYear.Current"/>).</summary>
public sealed record FundYearChoice(IReadOnlyList<int> Years, int? Current)
{
    /// <summary>The year asked for when there is one, else the current one.</summary>
    public int? Selected(int? wanted) => wanted is { } year && Years.Contains(year) ? year : Current;
}

public interface IFundYearOverviewService
{
    /// <summary>The fund years there are, newest first, and the one meant when none is named, for the year selector.</summary>
    Task<FundYearChoice> YearsAsync(CancellationToken cancellationToken = default);

    /// <summary>The money of one year at a glance; null when the year does not exist.</summary>
    Task<PageData<FundYearOverview>> OverviewAsync(int? year, CancellationToken cancellationToken = default);
}
