using Portal.Domain.Common;

namespace Portal.Domain.SocialAssistance;

/// <summary>
/// The area (领域) a factor-allocation project belongs to, by its code in its district's list
/// (<see cref="District.ProjectAreas"/>). The areas are the district's data; only the two the portal has
/// pages of its own for are named here.
/// </summary>
public sealed record ProjectArea(string Code)
{
    /// <summary>社会救助.</summary>
    public static ProjectArea SocialAssistance { get; } = new("social-assistance");

    /// <summary>儿童保护: the child-protection pages list the projects of this area.</summary>
    public static ProjectArea ChildProtection { get; } = new("child-protection");

    public bool IsValid => Slug.IsValid(Code);

    public override string ToString() => Code ?? string.Empty;
}
