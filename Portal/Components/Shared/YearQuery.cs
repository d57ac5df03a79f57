using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;

namespace Portal.Components.Shared;

/// <summary>
/// The selected fund year lives in the address (?year=2020, or the path of a year's own page such as
/// /reports/2020), so a page can be bookmarked and shared and the header always shows the page's year.
/// </summary>
internal static partial class YearQuery
{
    public const string Name = "year";

    public static int? Read(NavigationManager navigation)
    {
        var uri = navigation.ToAbsoluteUri(navigation.Uri);
        var query = QueryHelpers.ParseQuery(uri.Query);
        if (query.TryGetValue(Name, out var values) && int.TryParse(values.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            return year;
        return YearInPath().Match(uri.AbsolutePath) is { Success: true } match
            ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>
    /// Where choosing another year in the header leads: the same page for that year; a year's own page
    /// (report, settings) by its path; a project, which belongs to one year, to that year's project list.
    /// </summary>
    public static (string Action, string? PathTemplate) Target(NavigationManager navigation)
    {
        var path = navigation.ToAbsoluteUri(navigation.Uri).AbsolutePath;
        if (YearInPath().Match(path) is { Success: true } match)
            return (path, string.Concat(path.AsSpan(0, match.Groups["year"].Index), "{year}", path.AsSpan(match.Groups["year"].Index + 4)));
        if (path.StartsWith("/projects/", StringComparison.Ordinal))
            return ("/social-assistance", null);
        return (path, null);
    }

    [GeneratedRegex("^/(reports|fund-years)/(?<year>[0-9]{4})(/|$)", RegexOptions.CultureInvariant)]
    private static partial Regex YearInPath();
}
