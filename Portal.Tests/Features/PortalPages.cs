using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Portal.Features;
using Portal.Infrastructure.Data;
using Portal.Security;
using Portal.Tests.Support;

namespace Portal.Tests.Features;

/// <summary>A bUnit context wired like the portal: real feature services over a real (in-memory) SQLite database.</summary>
internal static class PortalPages
{
    /// <summary>
    /// A context signed in as <paramref name="objectId"/> with <paramref name="role"/>; the account must be
    /// in the user directory (see <see cref="TestDatabase.RegisterAsync"/>), which records the role as a
    /// sign-in would.
    /// </summary>
    /// <param name="services">Further services a page needs, added before anything is read from the container.</param>
    /// <summary>
    /// For a static page that holds an interactive island (the monthly entry, the project page): the island
    /// asks for the server render mode, so the context renders as a circuit does.
    /// </summary>
    public static BunitContext WithIslands(this BunitContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return context;
    }

    public static BunitContext Create(TestDatabase database, string url = "/", string objectId = "manager", string? role = PortalRoles.Manager, Action<IServiceCollection>? services = null)
    {
        database.RecordRole(objectId, role);
        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        context.Services.AddSingleton<IDbContextFactory<PortalDbContext>>(database);
        context.Services.AddSingleton(database.Clock);
        context.Services.AddPortalFeatures(new ConfigurationBuilder().Build());
        context.Services.AddPortalAuthorization();
        // Forms keep typed but unsaved input in the tab's session storage; in bUnit that storage is always empty.
        context.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        context.Services.AddScoped<ProtectedSessionStorage>();
        var authorization = context.AddAuthorization().SetAuthorized(objectId + " 测试用户");
        if (role is not null)
            authorization.SetRoles(role);
        authorization.SetClaims(new Claim(PortalClaims.UserId, objectId));

        // bUnit's stand-in authorization service knows nothing of resource-based checks; the services
        // under test must be authorized for real, with the portal's own policies and handlers.
        context.Services.AddAuthorizationCore(PortalPolicies.Add);
        context.Services.AddSingleton<IAuthorizationService, DefaultAuthorizationService>();
        services?.Invoke(context.Services);
        context.Services.GetRequiredService<NavigationManager>().NavigateTo(url);
        return context;
    }
}
