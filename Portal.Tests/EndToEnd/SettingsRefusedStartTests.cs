namespace Portal.Tests.EndToEnd;

/// <summary>
/// Every options class is checked before the portal starts: a wrong setting ends the built Portal.dll at once
/// with exit code 1 and a sentence naming the setting, what it holds and what it needs, never a stack trace
/// or a failure on the first request that reads it.
/// </summary>
public sealed class SettingsRefusedStartTests
{
    [Theory]
    [InlineData("Database__Provider", "Postgres", "ConnectionStrings__Portal", "Database=portal;Username=portal", "ConnectionStrings:Portal has no Host=")]
    [InlineData("ConnectionStrings__Portal", "Mode=Memory", null, null, "ConnectionStrings:Portal has no Data Source=")]
    [InlineData("Portal__Backups__Keep", "0", null, null, "Portal:Backups:Keep is how many daily backups to keep: from 1 to 3650 (it is 0)")]
    [InlineData("Portal__Backups__KeepManual", "-3", null, null, "Portal:Backups:KeepManual")]
    [InlineData("Portal__Backups__DailyAt", "25:00", null, null, "Portal:Backups:DailyAt")]
    [InlineData("Portal__Telemetry__Prometheus__Enabled", "true", null, null, "neither Portal:Telemetry:Prometheus:Key nor Portal:Telemetry:Prometheus:AllowedNetworks is set")]
    [InlineData("Portal__Telemetry__Prometheus__Enabled", "true", "Portal__Telemetry__Prometheus__Key", "short", "Portal:Telemetry:Prometheus:Key must be at least 32 characters")]
    [InlineData("Portal__Telemetry__Prometheus__Enabled", "true", "Portal__Telemetry__Prometheus__AllowedNetworks__0", "10.0.5.0/33", "Portal:Telemetry:Prometheus:AllowedNetworks holds '10.0.5.0/33'")]
    [InlineData("Portal__Telemetry__Prometheus__Enabled", "yes", null, null, "Portal:Telemetry:Prometheus:Enabled")]
    [InlineData("AzureAd__ClientId", "portal", "AzureAd__Instance", "http://login.example/", "AzureAd:Instance must use https")]
    public async Task A_wrong_setting_stops_the_start_with_a_message_naming_it(string key, string value, string? otherKey, string? otherValue, string expected)
    {
        var environment = new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Development", [key] = value };
        if (otherKey is not null)
            environment[otherKey] = otherValue!;

        var (exitCode, output) = await RefusedStartTests.RunAsync(environment);

        Assert.Equal(1, exitCode);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.Contains("平台未启动", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_wrong_settings_are_named_together_so_they_can_be_fixed_in_one_go()
    {
        var (exitCode, output) = await RefusedStartTests.RunAsync(new()
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Portal__Backups__Keep"] = "0",
            ["Portal__Telemetry__Prometheus__Enabled"] = "true",
            ["Portal__Telemetry__Prometheus__Key"] = "short",
        });

        Assert.Equal(1, exitCode);
        Assert.Contains("2 settings are wrong", output, StringComparison.Ordinal);
        Assert.Contains("Portal:Backups:Keep", output, StringComparison.Ordinal);
        Assert.Contains("Portal:Telemetry:Prometheus:Key", output, StringComparison.Ordinal);
    }
}
