using MudBlazor;

namespace Portal.Components.Layout;

internal static class PortalTheme
{
    /// <summary>A sober palette, and fonts that carry Chinese glyphs on Windows, macOS and Linux.</summary>
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#b71c1c",
            Secondary = "#455a64",
            AppbarBackground = "#b71c1c",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "sans-serif"],
            },
        },
    };
}
