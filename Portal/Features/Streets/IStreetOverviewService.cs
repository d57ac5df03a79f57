namespace Portal.Features.Streets;

public interface IStreetOverviewService
{
    /// <summary>
    /// A street's page. Managers and read-only users may open any street; street staff only their own,
    /// as the user directory says at this moment.
    /// </summary>
    Task<PageData<StreetOverview>> OverviewAsync(string streetCode, int? year, CancellationToken cancellationToken = default);
}
