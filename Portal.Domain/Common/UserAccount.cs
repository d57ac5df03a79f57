namespace Portal.Domain.Common;

/// <summary>
/// A person who has signed in, known by the sign-on's object id. Which district an account belongs to, and
/// which street of it a street officer belongs to, are kept here, as portal data a city administrator and
/// the district's managers control, never taken from the token; a disabled account
/// may read and change nothing. The role is the one the sign-on gave at the last sign-in: it is read from
/// here on every request, never from the session cookie, so a cookie cannot carry a role of its own.
/// </summary>
public sealed class UserAccount
{
    public const int NameMaxLength = 100;
    public const int EmailMaxLength = 200;
    public const int RoleMaxLength = 20;

    private UserAccount()
    {
        ObjectId = string.Empty;
        Name = string.Empty;
    }

    private UserAccount(string objectId, string name, string? email, DateTime now)
    {
        Id = Ids.NewId();
        ObjectId = objectId;
        Name = name;
        Email = email;
        FirstSignIn = now;
        LastSignIn = now;
    }

    public Guid Id { get; private set; }

    /// <summary>The sign-on's stable user id (Entra ID's oid claim), or the demo user's id.</summary>
    public string ObjectId { get; private set; }

    public string Name { get; private set; }

    public string? Email { get; private set; }

    /// <summary>The district the account works in; null for a city-level account or one not yet assigned.</summary>
    public Guid? DistrictId { get; private set; }

    public Guid? StreetId { get; private set; }

    /// <summary>The portal role the sign-on gave at the last sign-in (null: none of the portal's roles).</summary>
    public string? Role { get; private set; }

    public bool IsDisabled { get; private set; }

    /// <summary>UTC.</summary>
    public DateTime FirstSignIn { get; private set; }

    /// <summary>UTC.</summary>
    public DateTime LastSignIn { get; private set; }

    public Guid Version { get; private set; } = Ids.NewVersion();

    public static Result<UserAccount> Register(string? objectId, string? name, string? email, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(objectId) || objectId.Length > 100)
            return Result.Fail<UserAccount>(UserAccountMessages.ObjectIdRequired);
        var cleanName = Clean(name, NameMaxLength) ?? objectId.Trim();
        return Result.Ok(new UserAccount(objectId.Trim(), cleanName, Clean(email, EmailMaxLength), now));
    }

    /// <summary>Keeps the name and e-mail as the sign-on last gave them.</summary>
    public void RecordSignIn(string? name, string? email, DateTime now)
    {
        Name = Clean(name, NameMaxLength) ?? Name;
        Email = Clean(email, EmailMaxLength) ?? Email;
        LastSignIn = now;
        Touch();
    }

    /// <summary>
    /// Keeps the role a sign-in carried; a sign-in without a portal role takes the role away. The caller
    /// passes only role values it knows (the domain does not name the portal's roles).
    /// </summary>
    public Result RecordRole(string? role)
    {
        if (role?.Length > RoleMaxLength)
            return Result.Fail(UserAccountMessages.RoleTooLong);
        if (role == Role)
            return Result.Ok();
        Role = role;
        Touch();
        return Result.Ok();
    }

    /// <summary>
    /// Puts the account in a district, or takes it out of any with null. A street of another district is
    /// taken away with it: a street always lies in the account's district.
    /// </summary>
    public Result AssignDistrict(District? district)
    {
        if (district?.Id == DistrictId)
            return Result.Ok();
        DistrictId = district?.Id;
        if (StreetId is { } street && district?.Streets.Any(s => s.Id == street) != true)
            StreetId = null;
        Touch();
        return Result.Ok();
    }

    /// <summary>Puts the account in a street of its district, or takes it out of any street with null.</summary>
    public Result AssignStreet(Street? street)
    {
        if (street?.Id == StreetId)
            return Result.Ok();
        if (street is not null && street.DistrictId != DistrictId)
            return Result.Fail(UserAccountMessages.StreetOfAnotherDistrict, Fields.Street);
        StreetId = street?.Id;
        Touch();
        return Result.Ok();
    }

    public Result Disable()
    {
        if (IsDisabled)
            return Result.Fail(UserAccountMessages.AlreadyDisabled);
        IsDisabled = true;
        Touch();
        return Result.Ok();
    }

    public Result Enable()
    {
        if (!IsDisabled)
            return Result.Fail(UserAccountMessages.AlreadyEnabled);
        IsDisabled = false;
        Touch();
        return Result.Ok();
    }

    private static string? Clean(string? text, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var trimmed = text.Trim();
        return trimmed.Length <= max ? trimmed : trimmed[..max];
    }

    private void Touch() => Version = Ids.NewVersion();
}
