using MudBlazor;

namespace JorgeBi.Web.Components.Shared;

public static class JorgeBiTheme
{
    public static readonly MudTheme Instance = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1E4E79",
            Secondary = "#C8842F",
            Tertiary = "#2E8B57",
            AppbarBackground = "#1E4E79",
            Background = "#F5F7FA",
            // Darker than MudBlazor's defaults so text in these colours passes WCAG AA (4.5:1) on white.
            Error = "#C62828",
            Success = "#2E7D32",
            Warning = "#A15C00",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#7FB3E0",
            Secondary = "#E0A55A",
            Tertiary = "#5FBF8A",
            // MudBlazor's dark text (70 % / 50 % white) and striped rows (a light band under that
            // text) fall below WCAG AA: input labels, helper text and every other table row
            // measured under 4.5:1. These keep all text above it on the surface and on stripes.
            TextPrimary = "rgba(255,255,255,0.87)",
            TextSecondary = "rgba(255,255,255,0.65)",
            TableStriped = "rgba(255,255,255,0.06)",
            // The dark theme's accents are light, so text on them (a filled button) is dark.
            PrimaryContrastText = "rgba(0,0,0,0.87)",
            SecondaryContrastText = "rgba(0,0,0,0.87)",
            TertiaryContrastText = "rgba(0,0,0,0.87)",
            // MudBlazor's dark error red is under 4.5:1 as text on the dark surface (the
            // outlined Revoke buttons of the admin page); this lighter red is above it.
            Error = "#FF8A80",
            ErrorContrastText = "rgba(0,0,0,0.87)",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Inter", "Segoe UI", "Roboto", "Helvetica", "Arial", "sans-serif"] },
        },
    };
}
