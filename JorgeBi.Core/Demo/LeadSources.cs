namespace JorgeBi.Core.Demo;

/// <summary>
/// A lead source: its share of leads, how good its leads are (scales their intent, 1 = average),
/// what a lead costs when the source is paid, and how many of its leads are buyers.
/// </summary>
internal sealed record LeadSource(string Name, double Share, double Quality, decimal? CostPerLead, double BuyerShare)
{
    public bool IsPaid => CostPerLead is not null;
}

internal static class LeadSources
{
    // Portals are pricey but decent, social ads cheap and noisy, referrals rare and excellent.
    public static readonly IReadOnlyList<LeadSource> All =
    [
        new("zillow", 0.24, 1.00, 95m, 0.70),
        new("realtor-com", 0.14, 0.95, 75m, 0.70),
        new("facebook-ads", 0.25, 0.45, 24m, 0.60),
        new("google-ads", 0.14, 0.85, 55m, 0.60),
        new("website", 0.12, 1.10, null, 0.55),
        new("referral", 0.05, 2.60, null, 0.45),
        new("open-house", 0.06, 1.40, null, 0.80),
    ];

    public static LeadSource Pick(DemoRandom rng)
    {
        var x = rng.NextDouble();
        foreach (var source in All)
        {
            if ((x -= source.Share) < 0)
            {
                return source;
            }
        }

        return All[^1];
    }
}

/// <summary>The people and words the demo story uses.</summary>
internal static class DemoCast
{
    public static readonly IReadOnlyList<string> Agents =
        ["agent-maria", "agent-david", "agent-sofia", "agent-james", "agent-priya", "agent-carlos"];

    public static readonly IReadOnlyList<string> SellerHandoffReasons =
        ["ready for listing appointment", "wants a CMA from an agent", "asked about commission terms"];

    public static readonly IReadOnlyList<string> BuyerHandoffReasons =
        ["ready to tour homes", "pre-approved, wants a showing", "asked about a specific property"];

    public const string HumanRequested = "asked to talk to a person";

    public static readonly IReadOnlyList<string> LostReasons =
    [
        "chose another brokerage", "financing fell through", "inspection issues",
        "lost interest", "priced out", "appraisal came in low", "decided to wait",
    ];
}
