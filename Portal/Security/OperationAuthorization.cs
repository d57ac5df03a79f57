using Microsoft.AspNetCore.Authorization;

namespace Portal.Security;

/// <summary>The operation asked for; evaluated against <see cref="OperationTarget"/> by <see cref="OperationAuthorizationHandler"/>.</summary>
public sealed record OperationRequirement(PortalOperation Operation) : IAuthorizationRequirement;

/// <summary>The resource of a write: the user as the directory knows them, and the street the resource belongs to.</summary>
public sealed record OperationTarget(PortalUser User, Guid? StreetId);

/// <summary>Resource-based authorization of every write: role and street from the directory.</summary>
public sealed class OperationAuthorizationHandler : AuthorizationHandler<OperationRequirement, OperationTarget>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationRequirement requirement, OperationTarget resource)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        ArgumentNullException.ThrowIfNull(resource);
        if (IsAllowed(resource.User, OperationRules.ScopeOf(requirement.Operation), resource.StreetId))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }

    internal static bool IsAllowed(PortalUser user, OperationScope scope, Guid? streetId) => scope switch
    {
        OperationScope.ManagerOnly => user.IsManager,
        OperationScope.ManagerOrOwnStreet => user.IsManager || (user.IsStreetStaff && user.StreetId is not null && user.StreetId == streetId),
        OperationScope.CityAdministratorOnly => user.IsCityAdministrator,
    };
}
