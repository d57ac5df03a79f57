using Portal.Domain.SocialAssistance;

namespace Portal.Domain.Common;

/// <summary>
/// A district and its civil-affairs bureau: the top of the organisation tree. One deployment may hold
/// several districts (a city-wide portal); every fund year, street and district account belongs to exactly
/// one. The district also holds what its public report is framed by (the bureau's name, the fund's name and
/// the regulations it cites) and its list of project areas (领域): data, never code.
/// </summary>
public sealed class District
{
    public const int NameMaxLength = 100;
    public const int FundNameMaxLength = 50;

    /// <summary>What a Beijing district receives from the city, as the 2020 report names it.</summary>
    public const string MunicipalFund = "市级彩票公益金";

    private readonly List<Street> _streets = [];
    private readonly List<ProjectAreaDefinition> _projectAreas = [];
    private readonly List<ReportRegulation> _regulations = [];

    private District(Guid id, string code, string name, string bureauName, int communityCount)
    {
        Id = id;
        Code = code;
        Name = name;
        BureauName = bureauName;
        CommunityCount = communityCount;
        FundName = MunicipalFund;
    }

    public Guid Id { get; private set; }

    /// <summary>A stable pinyin slug (xicheng) used in addresses and files.</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    public string BureauName { get; private set; }

    public int CommunityCount { get; private set; }

    /// <summary>The money the report accounts for, as its title and first sentence name it (市级彩票公益金).</summary>
    public string FundName { get; private set; }

    /// <summary>Whether the report groups the factor block's projects by area and numbers them within it.</summary>
    public bool GroupProjectsByArea { get; private set; }

    public IReadOnlyList<Street> Streets => _streets;

    /// <summary>
    /// Separation of duties: a street month is approved by someone other than who last entered or submitted it.
    /// On unless the district turns it off (a district with a single manager may have to).
    /// </summary>
    public bool SeparateApproval { get; private set; } = true;

    /// <summary>The district's areas (领域) in their order; a project belongs to one of them.</summary>
    public IReadOnlyList<ProjectAreaDefinition> ProjectAreas => _projectAreas;

    /// <summary>The regulations the report cites, in the order it cites them (none: it cites none).</summary>
    public IReadOnlyList<ReportRegulation> Regulations => _regulations;

    public Guid Version { get; private set; } = Ids.NewVersion();

    public static Result<District> Create(string code, string name, string bureauName, int communityCount)
    {
        if (!Slug.IsValid(code))
            return Result.Fail<District>(OrganisationMessages.InvalidCode(code), Fields.Code);
        if (string.IsNullOrWhiteSpace(name))
            return Result.Fail<District>(OrganisationMessages.NameRequired, Fields.Name);
        if (string.IsNullOrWhiteSpace(bureauName))
            return Result.Fail<District>(OrganisationMessages.BureauNameRequired, Fields.BureauName);
        if (name.Trim().Length > NameMaxLength)
            return Result.Fail<District>(OrganisationMessages.NameTooLong(NameMaxLength), Fields.Name);
        if (bureauName.Trim().Length > NameMaxLength)
            return Result.Fail<District>(OrganisationMessages.NameTooLong(NameMaxLength), Fields.BureauName);
        if (communityCount < 0)
            return Result.Fail<District>(OrganisationMessages.CommunityCountNegative);
        return Result.Ok(new District(Ids.NewId(), code, name.Trim(), bureauName.Trim(), communityCount));
    }

    public void ChangeSeparateApproval(bool on)
    {
        if (SeparateApproval == on)
            return;
        SeparateApproval = on;
        Version = Ids.NewVersion();
    }

    public Result<Street> AddStreet(string code, string name)
    {
        if (!Slug.IsValid(code))
            return Result.Fail<Street>(OrganisationMessages.InvalidCode(code), Fields.Streets);
        if (string.IsNullOrWhiteSpace(name))
            return Result.Fail<Street>(OrganisationMessages.NameRequired, Fields.Streets);
        if (_streets.Any(s => s.Code == code))
            return Result.Fail<Street>(OrganisationMessages.DuplicateStreetCode(code), Fields.Streets);
        if (_streets.Any(s => s.Name == name.Trim()))
            return Result.Fail<Street>(OrganisationMessages.DuplicateStreetName(name.Trim()), Fields.Streets);
        if (name.Trim().Length > Street.NameMaxLength)
            return Result.Fail<Street>(OrganisationMessages.NameTooLong(Street.NameMaxLength), Fields.Streets);

        var street = new Street(Ids.NewId(), Id, code, name.Trim(), _streets.Count + 1);
        _streets.Add(street);
        Touch();
        return Result.Ok(street);
    }

    /// <summary>Adds an area to the end of the list: a code of its own and a name of its own.</summary>
    public Result<ProjectAreaDefinition> AddProjectArea(string code, string name)
    {
        if (!Slug.IsValid(code))
            return Result.Fail<ProjectAreaDefinition>(OrganisationMessages.InvalidCode(code), Fields.Areas);
        if (string.IsNullOrWhiteSpace(name))
            return Result.Fail<ProjectAreaDefinition>(OrganisationMessages.AreaNameRequired, Fields.Areas);
        if (name.Trim().Length > ProjectAreaDefinition.NameMaxLength)
            return Result.Fail<ProjectAreaDefinition>(OrganisationMessages.NameTooLong(ProjectAreaDefinition.NameMaxLength), Fields.Areas);
        if (_projectAreas.Any(a => a.Code == code))
            return Result.Fail<ProjectAreaDefinition>(OrganisationMessages.DuplicateAreaCode(code), Fields.Areas);
        if (_projectAreas.Any(a => a.Name == name.Trim()))
            return Result.Fail<ProjectAreaDefinition>(OrganisationMessages.DuplicateAreaName(name.Trim()), Fields.Areas);

        var area = new ProjectAreaDefinition(code, name.Trim(), _projectAreas.Count + 1);
        _projectAreas.Add(area);
        Touch();
        return Result.Ok(area);
    }

    /// <summary>The frame of the district's public report: the fund's name, the regulations cited, and whether projects are grouped by area.</summary>
    public Result DescribeReport(string? fundName, IEnumerable<string?> regulations, bool groupProjectsByArea)
    {
        ArgumentNullException.ThrowIfNull(regulations);
        if (string.IsNullOrWhiteSpace(fundName))
            return Result.Fail(OrganisationMessages.FundNameRequired, Fields.FundName);
        if (fundName.Trim().Length > FundNameMaxLength)
            return Result.Fail(OrganisationMessages.NameTooLong(FundNameMaxLength), Fields.FundName);
        var titles = regulations.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r!.Trim().Trim('《', '》').Trim()).ToList();
        if (titles.Any(t => t.Length == 0 || t.Length > ReportRegulation.TitleMaxLength))
            return Result.Fail(OrganisationMessages.RegulationInvalid(ReportRegulation.TitleMaxLength), Fields.Regulations);
        if (titles.Distinct(StringComparer.Ordinal).Count() != titles.Count)
            return Result.Fail(OrganisationMessages.DuplicateRegulation, Fields.Regulations);

        FundName = fundName.Trim();
        GroupProjectsByArea = groupProjectsByArea;
        _regulations.Clear();
        _regulations.AddRange(titles.Select((title, i) => new ReportRegulation(title, i + 1)));
        Touch();
        return Result.Ok();
    }

    /// <summary>A project may be put only in one of the district's areas.</summary>
    public Result CheckArea(ProjectArea area) =>
        _projectAreas.Any(a => a.Code == area.Code) ? Result.Ok() : Result.Fail(ProjectMessages.UnknownArea, Fields.Area);

    /// <summary>The area's name as the district writes it (its code, if the district no longer lists it).</summary>
    public string AreaName(ProjectArea area) => _projectAreas.Find(a => a.Code == area.Code)?.Name ?? area.Code;

    private void Touch() => Version = Ids.NewVersion();
}
