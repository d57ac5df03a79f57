namespace Portal.Domain.SocialAssistance;

/// <summary>One area (领域) of a district's list: its code, the name the pages and the report print, and its place in the list.</summary>
public sealed record ProjectAreaDefinition(string Code, string Name, int Order)
{
    public const int NameMaxLength = 50;

    public ProjectArea Area => new(Code);
}
