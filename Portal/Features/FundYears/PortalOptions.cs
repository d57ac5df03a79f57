namespace Portal.Features.FundYears;

/// <summary>The "Portal" configuration section.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>
    /// The deployment's district (its code in the organisation tree): where a new account goes when its
    /// sign-in names no district, and the district of the development sign-in's demo users.
    /// </summary>
    public string DistrictCode { get; set; } = "xicheng";

    /// <summary>Load the 2020 Xicheng demonstration year outside Development too (Development always loads it).</summary>
    public bool SeedDemo { get; set; }

    public const string InvalidDistrictCode =
        "Portal:DistrictCode must be a district code: lowercase letters, digits and hyphens, such as xicheng.";
}
