namespace Portal.Domain.SocialAssistance;

public enum ProjectStatus
{
    Planned = 0,
    InProgress = 1,
    Completed = 2,
    Postponed = 3,
    NotCarriedOut = 4,
}
