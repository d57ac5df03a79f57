namespace Portal.Features.Dashboard;

public interface IDashboardService
{
    /// <summary>The manager dashboard of a fund year, with execution measured on <paramref name="asOf"/> (default today).</summary>
    Task<PageData<DashboardView>> DashboardAsync(int? year, DateOnly? asOf = null, CancellationToken cancellationToken = default);
}
