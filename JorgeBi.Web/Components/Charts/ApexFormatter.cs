namespace JorgeBi.Web.Components.Charts;

/// <summary>
/// Formatter names. JSON cannot carry functions (and the CSP forbids eval), so options name a
/// formatter and apexChart.js swaps every <c>formatter</c> string for the matching function.
/// A name may take one argument after a colon: "currency:EUR", "number:0", "percent:2".
/// </summary>
public static class ApexFormatter
{
    /// <summary>Grouped digits, up to 2 decimals (argument: decimals).</summary>
    public const string Number = "number";

    /// <summary>Short scale: 1.2K, 3.4M.</summary>
    public const string Compact = "compact";

    /// <summary>A ratio shown as a percentage: 0.125 → 12.5% (argument: decimals).</summary>
    public const string Percent = "percent";

    /// <summary>A duration in milliseconds: 850 ms, 1.25 s, 2.5 min.</summary>
    public const string Milliseconds = "ms";

    /// <summary>Money in US dollars; use <see cref="CurrencyIn"/> for another currency.</summary>
    public const string Currency = "currency";

    public static string CurrencyIn(string isoCode) => $"{Currency}:{isoCode}";
}
