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
            // Darker than MudBlazor's defaults, so white text on chips and coloured text on alerts reach the
            // 4.5:1 contrast that accessibility checks (axe, WCAG AA) ask for.
            Error = "#c62828",
            Warning = "#9a4d00",
            Info = "#1565c0",
            Success = "#2e7d32",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "sans-serif"],
            },
            // Buttons say what they say: "Word" and "导出 Excel", not "WORD" and "导出 EXCEL".
            Button = new ButtonTypography { TextTransform = "none" },
        },
    };
}
