namespace Portal.Features.Dashboard;

public interface IDashboardService
{
    /// <summary>The manager dashboard of a fund year, with execution measured on <paramref name="asOf"/> (default today).</summary>
    Task<PageData<DashboardView>> DashboardAsync(int? year, DateOnly? asOf = null, CancellationToken cancellationToken = default);

    /// <summary>The home page: the year's overview and its dashboard, from one reading of the year.</summary>
    Task<PageData<DashboardHome>> HomeAsync(int? year, DateOnly? asOf = null, CancellationToken cancellationToken = default);
}
