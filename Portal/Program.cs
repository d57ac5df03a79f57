using System.Globalization;
using MudBlazor;
using MudBlazor.Services;
using Portal.Components;
using Portal.Components.Shared;
using Portal.Features;
using Portal.Features.ElderlySubsidy.Import;
using Portal.Features.Reports;
using Portal.Infrastructure;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Data.Backups;
using Portal.Infrastructure.Data.Moving;
using Portal.Security;

StartupTiming.Mark("main");
var builder = WebApplication.CreateBuilder(args);
StartupTiming.Mark("host builder");

// The bureau works in Chinese: dates, numbers and MudBlazor's own texts.
var chinese = CultureInfo.GetCultureInfo("zh-CN");
CultureInfo.DefaultThreadCurrentCulture = chinese;
CultureInfo.DefaultThreadCurrentUICulture = chinese;

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices(mud => mud.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight);
builder.Services.AddTransient<MudLocalizer, ChineseMudLocalizer>();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddPortalData(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddPortalFeatures(builder.Configuration);
var signInMode = builder.AddPortalAuthentication();
builder.Services.AddAuthorization(PortalPolicies.Add);
builder.Services.AddCascadingAuthenticationState();
builder.Services.AddPortalAuthorization();
builder.Services.AddPortalNodes();

StartupTiming.Mark("services registered");
var app = builder.Build();
StartupTiming.Mark("host built");

await app.Services.GetRequiredService<DatabaseStartup>().RunAsync();
StartupTiming.Mark("database ready");

if (args is [ImportCommand.Name, var importFile, ..])
    return await ImportCommand.RunAsync(app.Services, importFile);
if (args is [MigrateToPostgresCommand.Name, var postgres, ..])
    return await MigrateToPostgresCommand.RunAsync(app.Services, postgres);

app.UseStartupTiming();
app.UseRequestLocalization(options =>
{
    options.DefaultRequestCulture = new Microsoft.AspNetCore.Localization.RequestCulture(chinese);
    options.SupportedCultures = [chinese];
    options.SupportedUICultures = [chinese];
});

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets().AllowAnonymous();
app.MapPortalHealth();
app.MapAccountEndpoints(signInMode);
app.MapExports();
app.MapImportTemplates();
app.MapReportEndpoints();
app.MapBackupDownload();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Lifetime.ApplicationStarted.Register(() => StartupTiming.Mark("listening"));
await app.RunAsync();
return 0;

/// <summary>The portal's entry point; public so that tests can host it.</summary>
public partial class Program;
