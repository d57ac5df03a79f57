using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Features.FundYears;
using Portal.Infrastructure.Data;
using Portal.Security;

namespace Portal.Features.Streets;

/// <summary>A street's page data may be read: who asks, the district, the fund year and the street.</summary>
public sealed record StreetScope(PortalUser User, District District, FundYear Year, Street Street);

/// <summary>
/// Opens one street of one fund year for reading, or says why not: managers and read-only users may read
/// any street, street staff only their own (as the user directory says now). Every street page starts here.
/// </summary>
public sealed class StreetScopeLoader(FundYearLoader loader, ReadAuthorizer reads)
{
    public async Task<(StreetScope? Scope, PageData<T>? Refusal)> LoadAsync<T>(PortalDbContext db, string streetCode, int? year, string resource, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        var user = await reads.UserAsync(cancellationToken);
        if (!user.IsInDistrict)
            return (null, await reads.RefuseAsync<T>(user, resource, Denial(user)));
        if (await loader.LoadAsync(db, year, cancellationToken) is not { } loaded)
            return (null, PageData.NotFound<T>(FundYearPageMessages.NotFound(year)));
        var (district, fundYear) = loaded;

        var street = district.Streets.SingleOrDefault(s => s.Code == streetCode);
        if (street is null && user.CanReadDistrict)
            return (null, PageData.NotFound<T>($"没有代码为“{streetCode}”的街道。"));
        if (street is null || !user.CanReadStreet(street.Id))
            return (null, await reads.RefuseAsync<T>(user, resource, Denial(user), street?.Id));
        return (new StreetScope(user, district, fundYear, street), null);
    }

    private static string Denial(PortalUser user) => user switch
    {
        { IsActive: false } or { IsInDistrict: false } => AuthorizationMessages.Denied(user, OperationScope.ManagerOrOwnStreet),
        { IsStreetStaff: true, StreetId: null } => AuthorizationMessages.NoStreet,
        _ => AuthorizationMessages.OtherStreet,
    };
}
