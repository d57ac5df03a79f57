namespace Portal.Domain.Common;

/// <summary>
/// A district and its civil-affairs bureau: the top of the organisation tree. One deployment may hold
/// several districts (a city-wide portal); every fund year and street belongs to exactly one.
/// </summary>
public sealed class District
{
    private readonly List<Street> _streets = [];

    private District(Guid id, string code, string name, string bureauName, int communityCount)
    {
        Id = id;
        Code = code;
        Name = name;
        BureauName = bureauName;
        CommunityCount = communityCount;
    }

    public Guid Id { get; private set; }

    /// <summary>A stable pinyin slug (xicheng) used in addresses and files.</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    public string BureauName { get; private set; }

    public int CommunityCount { get; private set; }

    public IReadOnlyList<Street> Streets => _streets;

    /// <summary>
    /// Separation of duties: a street month is approved by someone other than who last entered or submitted it.
    /// On unless the district turns it off (a district with a single manager may have to).
    /// </summary>
    public bool SeparateApproval { get; private set; } = true;

    public Guid Version { get; private set; } = Ids.NewVersion();

    public static Result<District> Create(string code, string name, string bureauName, int communityCount)
    {
        if (!Slug.IsValid(code))
            return Result.Fail<District>(OrganisationMessages.InvalidCode(code));
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(bureauName))
            return Result.Fail<District>(OrganisationMessages.NameRequired);
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
            return Result.Fail<Street>(OrganisationMessages.InvalidCode(code));
        if (string.IsNullOrWhiteSpace(name))
            return Result.Fail<Street>(OrganisationMessages.NameRequired);
        if (_streets.Any(s => s.Code == code))
            return Result.Fail<Street>(OrganisationMessages.DuplicateStreetCode(code));
        if (_streets.Any(s => s.Name == name.Trim()))
            return Result.Fail<Street>(OrganisationMessages.DuplicateStreetName(name.Trim()));

        var street = new Street(Ids.NewId(), Id, code, name.Trim(), _streets.Count + 1);
        _streets.Add(street);
        Version = Ids.NewVersion();
        return Result.Ok(street);
    }
}
