namespace Portal.Features.City;

/// <summary>
/// A new district as the city administrator typed it on 新增区 (or as an uploaded file filled it in):
/// the bureau, the district's code and name, its streets, the fund the report accounts for, the regulations
/// the report cites (one a line) and the district's project areas. Kept as typed until the save succeeds.
/// </summary>
public sealed record DistrictForm(
    string? Code,
    string? Name,
    string? BureauName,
    string? CommunityCount,
    string? FundName,
    string? Regulations,
    bool GroupProjectsByArea,
    IReadOnlyList<CodeAndName> Streets,
    IReadOnlyList<CodeAndName> ProjectAreas);

/// <summary>A street or a project area as typed: its code (pinyin slug) and its name.</summary>
public sealed record CodeAndName(string? Code, string? Name)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Code) && string.IsNullOrWhiteSpace(Name);
}

/// <summary>An uploaded district file read into the form, or why it could not be.</summary>
public sealed record DistrictFileRead(DistrictForm? Form, string? Error);
