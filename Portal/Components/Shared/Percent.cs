using System.Globalization;

namespace Portal.Components.Shared;

internal static class Percent
{
    /// <summary>A share as the bureau writes rates: 57.12%.</summary>
    public static string Of(decimal share) => (share * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
