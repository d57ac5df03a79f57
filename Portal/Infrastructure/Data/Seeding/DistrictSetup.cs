using Portal.Domain.Common;

namespace Portal.Infrastructure.Data.Seeding;

/// <summary>
/// Builds a district from its description (the <c>district</c> and <c>streets</c> of a seed document or of
/// an <c>add-district</c> file) through the domain, so a bad description is refused with the domain's
/// Chinese message and builds nothing.
/// </summary>
internal static class DistrictSetup
{
    /// <summary>The areas a district lists when its description names none: the two the portal has pages for.</summary>
    public static IReadOnlyList<SeedArea> DefaultAreas { get; } = [new("social-assistance", "社会救助"), new("child-protection", "儿童保护")];

    public static Result<District> Build(SeedDistrict? seed, IReadOnlyList<SeedStreet>? streets)
    {
        if (seed is null)
            return Result.Fail<District>(OrganisationMessages.DistrictRequired, Fields.District);
        var created = District.Create(seed.Code, seed.Name, seed.BureauName, seed.CommunityCount);
        if (created.IsFailure)
            return created;
        var district = created.Value;
        if (streets is null || streets.Count == 0)
            return Result.Fail<District>(OrganisationMessages.StreetsRequired, Fields.Streets);
        foreach (var street in streets)
        {
            var added = district.AddStreet(street?.Code ?? string.Empty, street?.Name ?? string.Empty);
            if (added.IsFailure)
                return Result.Fail<District>(added);
        }

        var areas = seed.ProjectAreas ?? DefaultAreas;
        if (areas.Count == 0)
            return Result.Fail<District>(OrganisationMessages.AreasRequired, Fields.Areas);
        foreach (var area in areas)
        {
            var added = district.AddProjectArea(area?.Code ?? string.Empty, area?.Name ?? string.Empty);
            if (added.IsFailure)
                return Result.Fail<District>(added);
        }

        var framed = district.DescribeReport(seed.FundName ?? District.MunicipalFund, seed.Regulations ?? [], seed.GroupProjectsByArea);
        return framed.IsFailure ? Result.Fail<District>(framed) : Result.Ok(district);
    }
}
