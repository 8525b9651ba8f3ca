namespace JorgeBi.E2E.Support;

/// <summary>
/// Console errors and accessibility violations the app is known to have today, so the checks
/// still catch any new one. Each entry is a defect of JorgeBi.Web to fix; delete the entry with the fix.
/// </summary>
public static class KnownAppDefects
{
    private static readonly string[] ConsoleErrors = [];

    // axe rule id and a fragment of the offending element's markup.
    private static readonly (string Rule, string Html)[] AxeViolations = [];

    public static bool IsKnownAxe(string rule, string html) =>
        AxeViolations.Any(known => known.Rule == rule && html.Contains(known.Html, StringComparison.Ordinal));

    public static bool IsKnown(string error) => ConsoleErrors.Any(known => error.Contains(known, StringComparison.Ordinal));
}
