namespace JorgeBi.E2E.Support;

/// <summary>
/// Console errors and accessibility violations the app is known to have today, so the checks
/// still catch any new one. Each entry is a defect of JorgeBi.Web to fix; delete the entry with the fix.
/// </summary>
public static class KnownAppDefects
{
    private static readonly string[] ConsoleErrors =
    [
        // The Content-Security-Policy header's script-src 'self' blocks the inline import map
        // that <ImportMap /> writes into App.razor's head (needs its hash or a nonce).
        "Executing inline script violates the following Content Security Policy directive 'script-src 'self''",
        // There is no favicon: the browser's automatic GET /favicon.ico answers 404.
        "/favicon.ico",
    ];

    // axe rule id and a fragment of the offending element's markup.
    private static readonly (string Rule, string Html)[] AxeViolations =
    [
        // Dark mode: the selected nav link's text is the primary colour #776be7 on the drawer's
        // #2f2f37, contrast 3.18:1 where 4.5:1 is needed (the dark palette needs a lighter primary).
        ("color-contrast", "mud-nav-link-text"),
    ];

    public static bool IsKnownAxe(string rule, string html) =>
        AxeViolations.Any(known => known.Rule == rule && html.Contains(known.Html, StringComparison.Ordinal));

    public static bool IsKnown(string error) => ConsoleErrors.Any(known => error.Contains(known, StringComparison.Ordinal));
}
