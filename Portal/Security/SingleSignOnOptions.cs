namespace Portal.Security;

/// <summary>
/// The settings of the "AzureAd" section that the portal itself depends on (Microsoft.Identity.Web reads the
/// whole section on its own): checked at start by <see cref="SingleSignOnOptionsCheck"/>.
/// </summary>
public sealed class SingleSignOnOptions
{
    public string? Instance { get; set; }

    public string? TenantId { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>A certificate or other credential in place of the secret (Identity.Web's ClientCredentials).</summary>
    public List<Dictionary<string, string?>> ClientCredentials { get; } = [];

    public string CallbackPath { get; set; } = "/signin-oidc";

    /// <summary>The settings a sign-on cannot work without that are empty, by name within the section.</summary>
    public IReadOnlyList<string> Missing()
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(Instance))
            missing.Add("Instance");
        if (string.IsNullOrWhiteSpace(TenantId))
            missing.Add("TenantId");
        if (string.IsNullOrWhiteSpace(ClientId))
            missing.Add("ClientId");
        if (string.IsNullOrWhiteSpace(ClientSecret) && ClientCredentials.Count == 0)
            missing.Add("ClientSecret (or ClientCredentials)");
        return missing;
    }
}
