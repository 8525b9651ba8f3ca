namespace JorgeBi.E2E.Support;

/// <summary>The screen sizes every page is checked at, by name so test results read well.</summary>
public static class Viewports
{
    public const string Desktop = "desktop";
    public const string TabletLandscape = "tablet-landscape";
    public const string TabletPortrait = "tablet-portrait";

    private static readonly Dictionary<string, ViewportSize> Sizes = new()
    {
        [Desktop] = new() { Width = 1440, Height = 900 },
        [TabletLandscape] = new() { Width = 1024, Height = 768 },
        [TabletPortrait] = new() { Width = 768, Height = 1024 },
    };

    /// <summary>For <c>[MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]</c>.</summary>
    public static TheoryData<string> All => [.. Sizes.Keys];

    public static ViewportSize Size(string name) => Sizes[name];
}
