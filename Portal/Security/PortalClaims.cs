namespace Portal.Security;

public static class PortalClaims
{
    /// <summary>The street code (pinyin slug) a street-staff account belongs to.</summary>
    public const string Street = "portal:street";

    /// <summary>A stable user id: the sign-on's object id, or the demo user's id.</summary>
    public const string UserId = "portal:user-id";
}
