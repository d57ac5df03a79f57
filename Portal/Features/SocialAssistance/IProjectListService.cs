namespace Portal.Features.SocialAssistance;

public interface IProjectListService
{
    /// <summary>The factor block's projects of a year: money at the cut-off, schedule and lag on <paramref name="asOf"/> (default today).</summary>
    Task<PageData<ProjectList>> ProjectsAsync(int? year, DateOnly? asOf = null, CancellationToken cancellationToken = default);
}
