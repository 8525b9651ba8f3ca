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
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Inter", "Segoe UI", "Roboto", "Helvetica", "Arial", "sans-serif"] },
        },
    };
}
