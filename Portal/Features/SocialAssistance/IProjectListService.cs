namespace Portal.Features.SocialAssistance;

public interface IProjectListService
{
    /// <summary>The factor block's projects of a year with their money at the cut-off and schedule today.</summary>
    Task<PageData<ProjectList>> ProjectsAsync(int? year, CancellationToken cancellationToken = default);
}
