using System.Globalization;
using JorgeBi.Web.Components.Shared;

namespace JorgeBi.Web.Components.Pages.Insights;

/// <summary>
/// How an evidence number is shown, told by its name: the rules name their numbers
/// consistently (…_rate, …_ms, …commission, ci_low), so the name says the unit.
/// </summary>
public static class InsightEvidence
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Format(string name, double value) => name switch
    {
        "p_value" => value < 0.0001 ? "< 0.0001" : value.ToString("0.0000", Invariant),
        "z" => value.ToString("0.00", Invariant),
        // A bot's success target is a rate; the month's target is money.
        "target" or "ci_low" or "ci_high" => Formats.Percent(value),
        _ when name.EndsWith("_rate", StringComparison.Ordinal) || name.EndsWith("_share", StringComparison.Ordinal)
            || name.EndsWith("_fraction", StringComparison.Ordinal) => Formats.Percent(value),
        _ when name.EndsWith("_ms", StringComparison.Ordinal) => Formats.Milliseconds(value),
        _ when name.Contains("commission", StringComparison.Ordinal) || name is "monthly_target" or "shortfall" => Formats.Money(value),
        _ => value.ToString("N0", Invariant),
    };
}
