namespace Portal.Security;

public static class PortalClaims
{
    /// <summary>The street code (pinyin slug) a street-staff account belongs to, copied from the user directory.</summary>
    public const string Street = "portal:street";

    /// <summary>
    /// The district code a sign-in names for a new account (the Entra app's optional claim from a directory
    /// attribute, see the README); used once, when the account is registered.
    /// </summary>
    public const string District = "portal_district";

    /// <summary>A stable user id: the sign-on's object id, or the demo user's id.</summary>
    public const string UserId = "portal:user-id";

    /// <summary>Present when the user directory says the account is disabled.</summary>
    public const string Disabled = "portal:disabled";

    /// <summary>Entra ID's object id claim, short and long forms.</summary>
    public const string ObjectId = "oid";

    /// <summary>The role claim of Entra ID's tokens (app roles).</summary>
    public const string SignOnRoles = "roles";

    public const string ObjectIdUri = "http://schemas.microsoft.com/identity/claims/objectidentifier";
}
