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
using Portal.Infrastructure.Data;
using Portal.Tests.Support;

namespace Portal.Tests.Features;

/// <summary>A bUnit context wired like the portal: real feature services over a real (in-memory) SQLite database.</summary>
internal static class PortalPages
{
    public static BunitContext Create(TestDatabase database, string url = "/")
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
        context.AddAuthorization().SetAuthorized("区民政局管理员").SetRoles(Portal.Security.PortalRoles.Manager);
        context.Services.GetRequiredService<NavigationManager>().NavigateTo(url);
        return context;
    }
}
