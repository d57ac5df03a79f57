using System.Security.Claims;
using Portal.Domain.Common;
using Portal.Features.FundYears;
using Portal.Security;
using Portal.Tests.Support;

namespace Portal.Tests.Security;

/// <summary>
/// The role, like the street, is the user directory's: a verified sign-in records it there, and every
/// request and every question in a circuit reads it from there, never from the session cookie.
/// </summary>
public sealed class DirectoryRoleTests
{
    [Fact]
    public async Task A_sign_in_records_its_role_and_a_later_sign_in_without_one_takes_it_away()
    {
        await using var database = await TestDatabase.SeededAsync();
        var registrar = new AccountRegistrar(database, database.Clock);

        var first = await registrar.RecordSignInAsync(ServiceHarness.Principal("someone", PortalRoles.Manager));
        var second = await registrar.RecordSignInAsync(ServiceHarness.Principal("someone", null));
        var refresh = await registrar.RecordSignInAsync("someone", "新名字", null);

        Assert.Equal(PortalRoles.Manager, first!.Role);
        Assert.Null(second!.Role);
        Assert.Null((await database.AccountAsync("someone")).Role);
        Assert.Equal("新名字", refresh!.Name);
    }

    [Fact]
    public async Task The_cookie_s_role_claims_are_replaced_by_the_directory_s_role_on_every_request()
    {
        await using var database = await TestDatabase.SeededAsync();
        await database.RegisterAsync("viewer");
        database.RecordRole("viewer", PortalRoles.Viewer);
        var claimingManager = ServiceHarness.Principal("viewer", PortalRoles.Manager);
        claimingManager.Identities.First().AddClaim(new Claim(PortalClaims.SignOnRoles, PortalRoles.Manager));

        var transformed = await new DirectoryClaimsTransformation(database).TransformAsync(claimingManager);

        Assert.True(transformed.IsInRole(PortalRoles.Viewer));
        Assert.False(transformed.IsInRole(PortalRoles.Manager));
        Assert.DoesNotContain(transformed.Claims, c => c.Value == PortalRoles.Manager);
    }

    [Fact]
    public async Task A_write_is_judged_by_the_directory_s_role_whatever_the_session_claims()
    {
        await using var database = await TestDatabase.SeededAsync();
        await database.RegisterAsync("viewer");
        await using var services = new ServiceHarness(database, ServiceHarness.Principal("viewer", PortalRoles.Manager));
        database.RecordRole("viewer", PortalRoles.Viewer);

        var user = await services.Get<PortalUserAccessor>().GetAsync();
        var result = await services.Get<FundYearAdminService>().CreateYearAsync(new NewFundYear("2021", "300", "100", "200", "2022-02-28"));

        Assert.Equal(PortalRoles.Viewer, user.Role);
        Assert.Equal(AuthorizationMessages.ReadOnly, result.Error);
    }

    [Fact]
    public async Task In_a_circuit_a_role_withdrawn_in_the_directory_counts_at_the_next_question()
    {
        await using var database = await TestDatabase.SeededAsync();
        await database.RegisterAsync("manager");
        await using var circuit = new ServiceHarness(database, ServiceHarness.Principal("manager", PortalRoles.Manager));
        var users = circuit.Get<PortalUserAccessor>();

        var before = await users.GetAsync();
        database.RecordRole("manager", null);
        var after = await users.GetAsync();

        Assert.True(before.IsManager);
        Assert.Null(after.Role);
        Assert.False(after.IsActive);
        Assert.Equal(AuthorizationMessages.NoRole, AuthorizationMessages.Denied(after, OperationScope.ManagerOnly));
    }

    [Fact]
    public void A_role_longer_than_its_column_is_refused()
    {
        var account = UserAccount.Register("someone", "某人", null, DateTime.UtcNow).Value;

        Assert.Equal(UserAccountMessages.RoleTooLong, account.RecordRole(new string('r', UserAccount.RoleMaxLength + 1)).Error);
        Assert.Null(account.Role);
    }
}
