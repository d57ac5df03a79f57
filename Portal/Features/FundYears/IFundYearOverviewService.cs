namespace Portal.Features.FundYears;

public interface IFundYearOverviewService
{
    /// <summary>The fund years there are, newest first, for the year selector.</summary>
    Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken = default);

    /// <summary>The money of one year at a glance; null when the year does not exist.</summary>
    Task<PageData<FundYearOverview>> OverviewAsync(int? year, CancellationToken cancellationToken = default);
}
