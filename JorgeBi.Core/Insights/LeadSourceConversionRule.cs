using System.Globalization;

namespace JorgeBi.Core.Insights;

/// <summary>
/// A lead source converting (leads to closed deals) significantly better than all other
/// sources together: pooled two-proportion z test, two-sided p &lt; 0.05, both sides with at
/// least <see cref="MinLeads"/> leads. Confidence is 1 - p; impact grows to 1 at three times
/// the others' rate.
/// </summary>
public static class LeadSourceConversionRule
{
    public const int MinLeads = 20;
    public const double Alpha = 0.05;

    public static IEnumerable<Insight> Find(IReadOnlyCollection<SourceConversion> sources)
    {
        long allLeads = sources.Sum(s => s.Leads), allConverted = sources.Sum(s => s.Converted);
        foreach (var s in sources)
        {
            long restLeads = allLeads - s.Leads, restConverted = allConverted - s.Converted;
            if (s.Leads < MinLeads || restLeads < MinLeads) continue;
            var (z, p) = Significance.TwoProportions(s.Converted, s.Leads, restConverted, restLeads);
            if (z <= 0 || p >= Alpha) continue;
            double rate = (double)s.Converted / s.Leads, restRate = (double)restConverted / restLeads;
            var impact = restRate == 0 ? 1 : Math.Min(1, (rate / restRate - 1) / 2);
            yield return new Insight(
                InsightTypes.SourceOutperforming,
                1 - p,
                $"{s.Source} leads convert far better than the rest",
                string.Create(CultureInfo.InvariantCulture,
                    $"{s.Converted:N0} of {s.Leads:N0} {s.Source} leads closed a deal ({rate:P1}) against {restConverted:N0} of {restLeads:N0} from other sources ({restRate:P1}); z = {z:F2}, p = {p:G2}."),
                $"Shift budget and agent attention towards {s.Source}, and look at what its leads have in common.",
                (1 - p) * impact,
                s.Source,
                new Dictionary<string, double>
                {
                    ["source_leads"] = s.Leads,
                    ["source_converted"] = s.Converted,
                    ["source_rate"] = rate,
                    ["rest_leads"] = restLeads,
                    ["rest_converted"] = restConverted,
                    ["rest_rate"] = restRate,
                    ["z"] = z,
                    ["p_value"] = p,
                });
        }
    }
}
