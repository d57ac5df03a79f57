using System.Security.Cryptography;
using System.Text;
using MudBlazor;

namespace Portal.Components.Layout;

/// <summary>
/// The portal's theme as one stylesheet, built once at start and cached by browsers. MudBlazor's
/// <see cref="MudThemeProvider"/> writes the same CSS into every page it renders (12 KB per page, rebuilt
/// each time) and, on a page rendered as plain HTML, fails a JavaScript call each time it is disposed. The
/// portal has one light theme and no dark mode, so nothing in it ever changes while the portal runs.
/// </summary>
public static class ThemeStylesheet
{
    private const string Path = "/theme.css";

    private static readonly Lazy<(string Css, string Href)> Built = new(Build);

    /// <summary>The address with the content's hash, so a changed theme is never served from a stale cache.</summary>
    public static string Href => Built.Value.Href;

    public static IEndpointRouteBuilder MapThemeStylesheet(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.Text(Built.Value.Css, "text/css; charset=utf-8");
        }).AllowAnonymous();
        return endpoints;
    }

    private static (string Css, string Href) Build()
    {
        var css = new ThemeCss().Write(PortalTheme.Theme);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(css)))[..12];
        return (css, $"{Path}?v={hash}");
    }

    /// <summary>MudBlazor's own generator of the theme's CSS, used once outside any page.</summary>
    private sealed class ThemeCss : MudThemeProvider
    {
        public string Write(MudTheme theme)
        {
#pragma warning disable BL0005 // Never rendered: the parameter is set only to generate its CSS.
            Theme = theme;
#pragma warning restore BL0005
            var css = new StringBuilder();
            css.AppendLine(WithoutStyleTags(BuildMudBlazorScrollbar()));
            // The one rule MudThemeProvider's markup adds to what it generates: charts brighten a hovered bar.
            css.AppendLine(".mud-chart-serie:hover, .mud-chart-serie-hovered { filter: url(#lighten); }");
            css.AppendLine(WithoutStyleTags(BuildTheme()));
            return css.ToString();
        }

        private static string WithoutStyleTags(string style)
        {
            var start = style.IndexOf('>', StringComparison.Ordinal) + 1;
            var end = style.LastIndexOf("</style>", StringComparison.Ordinal);
            return style[start..end].Trim();
        }
    }
}
