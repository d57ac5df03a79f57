using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Infrastructure.Data;
using Portal.Security;

namespace Portal.Features.FundYears;

/// <summary>District-wide figures of a fund year may be read: who asks, the district and the year.</summary>
public sealed record DistrictScope(PortalUser User, District District, FundYear Year);

/// <summary>
/// Opens one fund year for district-wide reading, or says why not: only managers and read-only users read
/// district figures (a refusal is logged), and an unknown year is missing. Every district page starts here.
/// </summary>
public sealed class DistrictScopeLoader(FundYearLoader loader, ReadAuthorizer reads)
{
    public Task<(DistrictScope? Scope, PageData<T>? Refusal)> LoadAsync<T>(PortalDbContext db, int? year, string resource, CancellationToken cancellationToken)
        where T : class => LoadAsync<T>(db, year, resource, FundYearDetail.Whole, cancellationToken);

    public async Task<(DistrictScope? Scope, PageData<T>? Refusal)> LoadAsync<T>(PortalDbContext db, int? year, string resource, FundYearDetail detail, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        var user = await reads.UserAsync(cancellationToken);
        if (!user.CanReadDistrict)
            return (null, await reads.RefuseAsync<T>(user, resource, AuthorizationMessages.DistrictOnly));
        if (await loader.LoadAsync(db, year, detail, cancellationToken) is not { } loaded)
            return (null, PageData.NotFound<T>(FundYearPageMessages.NotFound(year)));
        return (new DistrictScope(user, loaded.District, loaded.Year), null);
    }
}
