namespace Portal.Features.FundYears;

/// <summary>The "Portal" configuration section.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>The district this deployment serves (its code in the organisation tree).</summary>
    public string DistrictCode { get; set; } = "xicheng";
}
