namespace Portal.Features.City;

public interface ICityService
{
    /// <summary>Every district's <paramref name="year"/> (default the latest), with execution measured on <paramref name="asOf"/> (default today).</summary>
    /// <summary>Whether the portal holds more than one district, so that a city view means something.</summary>
    Task<bool> HoldsSeveralDistrictsAsync(CancellationToken cancellationToken = default);

    /// <summary>Whether no district has been set up yet: a new database, shown the first-run page.</summary>
    Task<bool> IsFirstRunAsync(CancellationToken cancellationToken = default);

    Task<PageData<CityView>> CityAsync(int? year, DateOnly? asOf = null, CancellationToken cancellationToken = default);
}
