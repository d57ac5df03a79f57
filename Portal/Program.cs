using System.Globalization;
using MudBlazor;
using MudBlazor.Services;
using Portal.Components;
using Portal.Components.Layout;
using Portal.Components.Shared;
using Portal.Features;
using Portal.Features.ElderlySubsidy.Import;
using Portal.Features.Reports;
using Portal.Infrastructure;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Data.Backups;
using Portal.Infrastructure.Data.Moving;
using Portal.Infrastructure.Settings;
using Portal.Infrastructure.Telemetry;
using Portal.Security;

StartupTiming.Mark("main");
WebApplication app;
SignInMode signInMode;
try
{
    (app, signInMode) = Build(args);
}
catch (PortalStartRefusedException refused)
{
    // A refusal is not a crash: one clear message and exit code 1, no stack trace.
    await Console.Error.WriteLineAsync("The portal did not start (平台未启动): " + refused.Message);
    return 1;
}

var database = app.Services.GetRequiredService<DatabaseStartup>();
if (args is [ImportCommand.Name, var importFile, ..])
{
    await database.RunAsync();
    // The command acts as a manager account of its own; like any sign-in, that role goes into the directory.
    await app.Services.GetRequiredService<AccountRegistrar>().RecordSignInAsync(
        DemoUsers.Principal(new DemoUsers.DemoUser(ImportCommand.AccountId, "命令行导入", PortalRoles.Manager, null), "CommandLine"));
    return await ImportCommand.RunAsync(app.Services, importFile);
}

if (args is [Portal.Infrastructure.Data.Seeding.AddDistrictCommand.Name, var districtFile, ..])
{
    await database.RunAsync();
    return await Portal.Infrastructure.Data.Seeding.AddDistrictCommand.RunAsync(app.Services, districtFile, Console.Out, Console.Error);
}

if (args is [Portal.Infrastructure.Data.Seeding.DatabaseSeeder.DemoCommand, ..])
{
    await database.RunAsync();
    await Console.Out.WriteLineAsync("已载入演示数据：西城区 2020 年度（已有的部分不重复载入）。");
    return 0;
}

if (args is [MigrateToPostgresCommand.Name, var postgres, ..])
{
    await database.RunAsync();
    return await MigrateToPostgresCommand.RunAsync(app.Services, postgres);
}

app.UsePortalHardening(WebHardening.SignOnOrigin(app.Configuration, signInMode));

// The database starts up while the web host starts (PortalStartup); requests wait here until it is ready.
app.UseStartupTiming();
app.UseDatabaseReadyGate();
app.UseRequestLocalization(options =>
{
    var chinese = CultureInfo.GetCultureInfo("zh-CN");
    options.DefaultRequestCulture = new Microsoft.AspNetCore.Localization.RequestCulture(chinese);
    options.SupportedCultures = [chinese];
    options.SupportedUICultures = [chinese];
});

if (!app.Environment.IsDevelopment())
    app.UseExceptionHandler("/error", createScopeForErrors: true);

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAuthentication();
app.UseRequestDirectoryAnswer();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets().AllowAnonymous();
app.MapThemeStylesheet();
app.MapPortalHealth();
app.MapPortalMetrics();
app.MapAccountEndpoints(signInMode);
app.MapExports();
app.MapImportTemplates();
app.MapReportEndpoints();
app.MapBackups();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Lifetime.ApplicationStarted.Register(() => StartupTiming.Mark("listening"));
await app.StartAsync();
try
{
    await database.Ready;
    StartupTiming.Mark("database ready, seen after the host started");
}
catch (OperationCanceledException) when (app.Lifetime.ApplicationStopping.IsCancellationRequested)
{
    // Stopped while the database was starting up.
}
catch (PortalStartRefusedException refused)
{
    await app.StopAsync();
    await Console.Error.WriteLineAsync("The portal did not start (平台未启动): " + refused.Message);
    return 1;
}
catch
{
    // A database that cannot start stops the portal, as it did when the host started only after it.
    await app.StopAsync();
    throw;
}

await app.WaitForShutdownAsync();
return 0;

static (WebApplication App, SignInMode SignIn) Build(string[] args)
{
    var builder = WebApplication.CreateBuilder(args);
    StartupTiming.Mark("host builder");

    // The bureau works in Chinese: dates, numbers and MudBlazor's own texts.
    var chinese = CultureInfo.GetCultureInfo("zh-CN");
    CultureInfo.DefaultThreadCurrentCulture = chinese;
    CultureInfo.DefaultThreadCurrentUICulture = chinese;

    builder.AddPortalHardening();
    builder.AddPortalTelemetry();
    builder.Services.AddRazorComponents().AddInteractiveServerComponents()
        .AddHubOptions(hub => hub.MaximumReceiveMessageSize = WebHardening.CircuitMessageLimit);
    builder.Services.AddMudServices(mud => mud.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight);
    builder.Services.AddTransient<MudLocalizer, ChineseMudLocalizer>();
    builder.Services.AddSingleton(TimeProvider.System);
    // The demonstration year only when asked: always in Development, elsewhere by setting or command.
    var loadDemo = builder.Environment.IsDevelopment()
        || builder.Configuration.GetValue<bool>("Portal:SeedDemo")
        || args is [Portal.Infrastructure.Data.Seeding.DatabaseSeeder.DemoCommand, ..];
    builder.Services.AddPortalData(builder.Configuration, builder.Environment.ContentRootPath, loadDemo);
    builder.Services.AddPortalFeatures(builder.Configuration);
    var signInMode = builder.AddPortalAuthentication();
    builder.Services.AddAuthorization(PortalPolicies.Add);
    builder.Services.AddCascadingAuthenticationState();
    builder.Services.AddPortalAuthorization();
    builder.Services.AddPortalNodes(builder.Configuration, builder.Environment);
    builder.Services.AddPortalStartup();

    StartupTiming.Mark("services registered");
    var app = builder.Build();
    StartupTiming.Mark("host built");
    CheckedOptions.CheckNow(app.Services);
    app.LogSignInMode(signInMode);
    return (app, signInMode);
}

/// <summary>The portal's entry point; public so that tests can host it.</summary>
public partial class Program;
