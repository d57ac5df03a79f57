using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Portal.Security;

namespace Portal.Features.ElderlySubsidy.Import;

/// <summary>
/// <c>dotnet run --project Portal -- import-elderly-subsidies &lt;file&gt;</c>: loads a CSV or XLSX of monthly
/// figures from the server's own disk, for bulk loads by the bureau's IT staff. It runs the same service as
/// the import page, as a registered manager account named after the command, so the rules, the
/// all-or-nothing commit and the audit trail are the page's.
/// </summary>
public static partial class ImportCommand
{
    public const string Name = "import-elderly-subsidies";
    public const string AccountId = "command-line-import";

    public static async Task<int> RunAsync(IServiceProvider services, string file)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ImportCommand));
        await scope.ServiceProvider.GetRequiredService<AccountRegistrar>().RecordSignInAsync(AccountId, "命令行导入", email: null);
        var principal = DemoUsers.Principal(new DemoUsers.DemoUser(AccountId, "命令行导入", PortalRoles.Manager, null), "CommandLine");
        if (scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>() is IHostEnvironmentAuthenticationStateProvider host)
            host.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));

        await using var content = File.OpenRead(file);
        var result = await scope.ServiceProvider.GetRequiredService<SubsidyImportService>().CommitAsync(content, Path.GetFileName(file));
        if (result.IsSuccess)
        {
            LogImported(logger, file);
            return 0;
        }

        LogRefused(logger, file, result.Error!);
        return 1;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {File}")]
    private static partial void LogImported(ILogger logger, string file);

    [LoggerMessage(Level = LogLevel.Error, Message = "Import of {File} refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string file, string reason);
}
