using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;

namespace Portal.Components.Shared;

/// <summary>The selected fund year lives in the address (?year=2020), so a page can be bookmarked and shared.</summary>
internal static class YearQuery
{
    public const string Name = "year";

    public static int? Read(NavigationManager navigation)
    {
        var query = QueryHelpers.ParseQuery(navigation.ToAbsoluteUri(navigation.Uri).Query);
        return query.TryGetValue(Name, out var values) && int.TryParse(values.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? year
            : null;
    }
}
