using MudBlazor;

namespace JorgeBi.Web.Components.Shared;

/// <summary>The theme of one circuit: MudBlazor's palette and dark mode, cascaded so charts follow both.</summary>
public sealed record ThemeState(bool IsDark, MudTheme Theme)
{
    public Palette Palette => IsDark ? Theme.PaletteDark : Theme.PaletteLight;

    /// <summary>Series colours in the theme's order, for charts.</summary>
    public IReadOnlyList<string> SeriesColors =>
        [Palette.Primary.ToString(), Palette.Secondary.ToString(), Palette.Tertiary.ToString(), Palette.Info.ToString(), Palette.Success.ToString(), Palette.Warning.ToString(), Palette.Error.ToString()];
}
