using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor.Services;
using Portal.Features.ChildProtection;
using Portal.Features.ElderlySubsidy;
using Portal.Features.FundYears;
using Portal.Features.SocialAssistance;
using Portal.Features.Streets;
using Portal.Infrastructure.Data;
using Portal.Security;
using System.Security.Claims;
using Portal.Tests.Support;

namespace Portal.Tests.Features;

/// <summary>A bUnit context wired like the portal: real feature services over a real (in-memory) SQLite database.</summary>
internal static class PortalPages
{
    /// <summary>
    /// A context signed in as <paramref name="objectId"/> with <paramref name="role"/>; the account must be
    /// in the user directory (see <see cref="TestDatabase.RegisterAsync"/>).
    /// </summary>
    public static BunitContext Create(TestDatabase database, string url = "/", string objectId = "manager", string? role = PortalRoles.Manager)
    {
        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        context.Services.AddSingleton<IDbContextFactory<PortalDbContext>>(database);
        context.Services.AddSingleton(database.Clock);
        context.Services.AddSingleton(Options.Create(new PortalOptions()));
        context.Services.AddSingleton<FundYearLoader>();
        context.Services.AddScoped<IFundYearOverviewService, FundYearOverviewService>();
        context.Services.AddScoped<IElderlySubsidyTotalsService, ElderlySubsidyTotalsService>();
        context.Services.AddScoped<IProjectListService, ProjectListService>();
        context.Services.AddScoped<IChildProtectionService, ChildProtectionService>();
        context.Services.AddScoped<IPortalUserAccessor, PortalUserAccessor>();
        context.Services.AddScoped<IStreetOverviewService, StreetOverviewService>();
        var authorization = context.AddAuthorization().SetAuthorized(objectId + " 测试用户");
        if (role is not null)
            authorization.SetRoles(role);
        authorization.SetClaims(new Claim(PortalClaims.UserId, objectId));
        context.Services.GetRequiredService<NavigationManager>().NavigateTo(url);
        return context;
    }
}
