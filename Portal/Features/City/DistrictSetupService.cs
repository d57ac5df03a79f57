using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Data.Seeding;
using Portal.Security;

namespace Portal.Features.City;

/// <summary>
/// 新增区: the city administrator sets a district up on a page, through the same function as the
/// <c>add-district</c> command (<see cref="DistrictSetup.AddAsync"/>), so a district typed on the page and
/// one read from a file are checked by the same rules and refused with the same Chinese messages.
/// </summary>
public sealed class DistrictSetupService(IDbContextFactory<PortalDbContext> contextFactory, OperationAuthorizer authorizer)
{
    /// <summary>A district file is a few kilobytes; a city's largest district fits in far less than this.</summary>
    public const long MaxFileBytes = 512 * 1024;

    /// <summary>Room for ten cited documents of the longest title, one a line.</summary>
    public const int RegulationsMaxLength = 10 * (ReportRegulation.TitleMaxLength + 1);

    public const string CommunityCountKey = "communityCount";

    public const string CommunityCountInvalid = "社区数须为不小于 0 的整数（不填按 0 计）。";

    public static string FileTooLarge => $"文件不能超过 {MaxFileBytes / 1024} KB。";

    /// <summary>Creates the district typed in <paramref name="form"/>; 市级管理员 only, checked here on the server.</summary>
    public async Task<FormResult> AddAsync(DistrictForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var authorized = await authorizer.AuthorizeAsync(PortalOperation.AddDistrict, null, $"District/{form.Code}", cancellationToken);
        if (authorized.IsFailure)
            return FormResult.Refused(authorized.Error!);

        var communities = string.IsNullOrWhiteSpace(form.CommunityCount) ? 0 : TypedInput.WholeNumber(form.CommunityCount);
        if (communities is not { } count)
            return FormResult.Invalid(new Dictionary<string, string> { [CommunityCountKey] = CommunityCountInvalid });

        var added = await DistrictSetup.AddAsync(contextFactory, ToFile(form, count), authorized.Value.AuditName, cancellationToken);
        return FormResult.From(added);
    }

    /// <summary>Reads an uploaded district file (the shape of <c>seeds/</c>) into the form, for the administrator to check and save.</summary>
    public async Task<DistrictFileRead> ReadFileAsync(Stream json, CancellationToken cancellationToken = default)
    {
        var read = await DistrictSetup.ReadAsync(json, cancellationToken);
        if (read.IsFailure)
            return new DistrictFileRead(null, read.Error);
        var (district, streets) = (read.Value.District, read.Value.Streets);
        if (district is null)
            return new DistrictFileRead(null, OrganisationMessages.DistrictRequired);
        return new DistrictFileRead(
            new DistrictForm(
                district.Code,
                district.Name,
                district.BureauName,
                district.CommunityCount.ToString(CultureInfo.InvariantCulture),
                district.FundName ?? District.MunicipalFund,
                string.Join('\n', district.Regulations ?? []),
                district.GroupProjectsByArea,
                (streets ?? []).Select(s => new CodeAndName(s?.Code, s?.Name)).ToList(),
                (district.ProjectAreas ?? DistrictSetup.DefaultAreas).Select(a => new CodeAndName(a?.Code, a?.Name)).ToList()),
            null);
    }

    /// <summary>The form in the shape of a district file; rows left blank on the page are not streets or areas.</summary>
    private static DistrictFile ToFile(DistrictForm form, int communities) => new(
        new SeedDistrict(
            form.Code?.Trim() ?? string.Empty,
            form.Name ?? string.Empty,
            form.BureauName ?? string.Empty,
            communities,
            form.FundName ?? string.Empty,
            (form.Regulations ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            form.GroupProjectsByArea,
            form.ProjectAreas.Where(a => !a.IsBlank).Select(a => new SeedArea(a.Code?.Trim() ?? string.Empty, a.Name ?? string.Empty)).ToList()),
        form.Streets.Where(s => !s.IsBlank).Select(s => new SeedStreet(s.Code?.Trim() ?? string.Empty, s.Name ?? string.Empty)).ToList());
}
