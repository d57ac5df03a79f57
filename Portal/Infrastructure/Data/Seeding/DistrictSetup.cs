using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;

namespace Portal.Infrastructure.Data.Seeding;

/// <summary>
/// Builds a district from its description (the <c>district</c> and <c>streets</c> of a seed document or of
/// an <c>add-district</c> file) through the domain, so a bad description is refused with the domain's
/// Chinese message and builds nothing. <c>add-district</c> and the city administrator's 新增区 page both set a
/// district up through <see cref="AddAsync"/>.
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

    /// <summary>A district file (the shape of <c>seeds/</c>: its <c>district</c> and <c>streets</c>) as read; anything else is refused in Chinese.</summary>
    public static async Task<Result<DistrictFile>> ReadAsync(Stream json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            var described = await JsonSerializer.DeserializeAsync(json, SeedJsonContext.Default.DistrictFile, cancellationToken);
            return described is null ? Result.Fail<DistrictFile>(OrganisationMessages.NotDistrictJson(null)) : Result.Ok(described);
        }
        catch (JsonException exception)
        {
            return Result.Fail<DistrictFile>(OrganisationMessages.NotDistrictJson(exception.LineNumber + 1));
        }
    }

    /// <summary>
    /// Checks and saves the district <paramref name="described"/>, recorded in the audit trail as done by
    /// <paramref name="actor"/>: all or nothing. A district code already in the database is refused.
    /// </summary>
    public static async Task<Result<District>> AddAsync(IDbContextFactory<PortalDbContext> contextFactory, DistrictFile described, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contextFactory);
        ArgumentNullException.ThrowIfNull(described);
        var built = Build(described.District, described.Streets);
        if (built.IsFailure)
            return built;

        var district = built.Value;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.Actor = actor;
        if (await db.Districts.AnyAsync(d => d.Code == district.Code, cancellationToken))
            return Result.Fail<District>(OrganisationMessages.DuplicateDistrictCode(district.Code), Fields.Code);
        db.Districts.Add(district);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another setup of the same code got in between the check and the save.
            return Result.Fail<District>(OrganisationMessages.DuplicateDistrictCode(district.Code), Fields.Code);
        }

        return Result.Ok(district);
    }
}
