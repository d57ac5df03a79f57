namespace Portal.Domain.SocialAssistance;

/// <summary>Which area of the portal looks after a factor-allocation project.</summary>
public enum ProjectArea
{
    SocialAssistance = 0,
    ChildProtection = 1,
}
