namespace Portal.Features.ChildProtection;

public interface IChildProtectionService
{
    /// <summary>The child-protection projects of a year with their subprojects and street shares.</summary>
    Task<PageData<ChildProtectionOverview>> OverviewAsync(int? year, CancellationToken cancellationToken = default);
}
