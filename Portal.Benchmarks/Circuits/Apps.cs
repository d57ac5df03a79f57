using System.Diagnostics;

namespace Portal.Benchmarks.Circuits;

/// <summary>
/// The two apps measured side by side: the portal and, as the baseline, a blank <c>dotnet new blazor</c> app
/// (interactive server, its own counter page) generated from the SDK's local template at benchmark time.
/// Full runs publish both in Release; the smoke and memory-only modes build them, which is quicker and exercises the same code.
/// </summary>
public static class Apps
{
    private static Lazy<DirectoryInfo> s_scratch = new(() => Directory.CreateTempSubdirectory("bench-apps-"));

    /// <summary>
    /// Both apps are published the same way, as a deployment publishes the portal: for this platform,
    /// framework-dependent, compiled ahead of time (ReadyToRun).
    /// </summary>
    private static readonly string[] Publish =
        ["publish", "-c", "Release", "-r", System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier, "--self-contained", "false", "-p:PublishReadyToRun=true", "--nologo"];
    private static Task<AppUnderTest>? s_portal;
    private static Task<AppUnderTest>? s_blank;

    public static Task<AppUnderTest> PortalAsync(bool publish) => s_portal ??= BuildPortalAsync(publish);

    public static Task<AppUnderTest> BlankAsync(bool publish) => s_blank ??= BuildBlankAsync(publish);

    /// <summary>Removes the built apps (a later suite builds them again); each process cleans its own data folder.</summary>
    public static void Clean()
    {
        if (s_scratch.IsValueCreated)
            s_scratch.Value.Delete(recursive: true);
        s_scratch = new(() => Directory.CreateTempSubdirectory("bench-apps-"));
        s_portal = null;
        s_blank = null;
    }

    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Portal.sln")))
                return folder.FullName;
        }

        throw new InvalidOperationException("Portal.sln not found above the benchmark's folder.");
    }

    private static async Task<AppUnderTest> BuildPortalAsync(bool publish)
    {
        var project = Path.Combine(RepositoryRoot(), "Portal");
        string assembly;
        if (!publish)
        {
            // Built already, as a reference of this benchmark project, in the same configuration.
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
            assembly = Path.Combine(project, "bin", configuration, "net10.0", "Portal.dll");
        }
        else
        {
            var output = Path.Combine(s_scratch.Value.FullName, "portal");
            await DotnetAsync(project, [.. Publish, "-o", output]);
            assembly = Path.Combine(output, "Portal.dll");
        }

        return new AppUnderTest(
            Name: "portal",
            AssemblyPath: assembly,
            PagePath: "/",
            ReadyText: "需要处理的事项",
            ClickAttribute: "aria-label",
            ClickValue: "菜单",
            ChromiumSelector: "button[aria-label=\"菜单\"]",
            SignInPath: "/dev/login?user=manager",
            HealthPath: "/healthz",
            Environment: new Dictionary<string, string>
            {
                // A database of its own per process, created and seeded at its first start.
                ["ConnectionStrings__Portal"] = "Data Source={folder}/portal.db",
                ["Portal__Backups__Daily"] = "false",
                ["Portal__Backups__Folder"] = "{folder}/backups",
            });
    }

    private static async Task<AppUnderTest> BuildBlankAsync(bool publish)
    {
        // Outside the repository, so that none of its build settings apply: the template exactly as shipped.
        var source = Path.Combine(s_scratch.Value.FullName, "blank-src");
        await DotnetAsync(s_scratch.Value.FullName, "new", "blazor", "--interactivity", "Server", "-n", "BlankApp", "-o", source);
        string assembly;
        if (!publish)
        {
            await DotnetAsync(source, "build", "-c", "Release", "--nologo");
            assembly = Path.Combine(source, "bin", "Release", "net10.0", "BlankApp.dll");
        }
        else
        {
            var output = Path.Combine(s_scratch.Value.FullName, "blank");
            await DotnetAsync(source, [.. Publish, "-o", output]);
            assembly = Path.Combine(output, "BlankApp.dll");
        }

        return new AppUnderTest(
            Name: "blank",
            AssemblyPath: assembly,
            PagePath: "/counter",
            ReadyText: "Current count",
            ClickAttribute: "class",
            ClickValue: "btn-primary",
            ChromiumSelector: "button.btn-primary",
            SignInPath: null,
            HealthPath: "/",
            Environment: new Dictionary<string, string>());
    }

    private static async Task DotnetAsync(string workingDirectory, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed:{Environment.NewLine}{await output}{await error}");
    }
}
