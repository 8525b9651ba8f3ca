namespace JorgeBi.Core.Kpis;

/// <summary>
/// The targets of DOMAIN.md and their verdicts. A value that meets the target (strictly, as
/// DOMAIN.md states them: "&gt; 4 %", "&lt; 25 ms") is on track; one that misses it by at most
/// the rule's at-risk limit is at risk; anything worse is off track.
/// </summary>
public static class KpiTargets
{
    // At-risk limits: within 10 % of the target for conversion and ML latency; within 2 points
    // for the success rate, because 10 % of 94 % would call an 85 % bot (a real incident)
    // merely "at risk". Written as limits, not target - margin, to keep the edges exact.
    private static readonly IReadOnlyDictionary<string, TargetRule> Rules = new Dictionary<string, TargetRule>
    {
        [Kpi.ConversionRate] = new(0.04, HigherIsBetter: true, AtRiskLimit: 0.036),
        [Kpi.BotSuccessRate] = new(0.94, HigherIsBetter: true, AtRiskLimit: 0.92),
        [Kpi.MlResponseTimeMs] = new(25, HigherIsBetter: false, AtRiskLimit: 27.5),
    };

    /// <summary>Commission progress within this fraction of its pace target is at risk rather than off track.</summary>
    public const double CommissionAtRiskFraction = 0.9;

    /// <param name="metrics">The period's KPIs, with <see cref="Kpi.CommissionTargetProgress"/>.</param>
    /// <param name="monthElapsed">Fraction of the current local month already past (0-1): the pace target of the progress.</param>
    public static IReadOnlyDictionary<string, KpiTarget> Evaluate(IReadOnlyDictionary<string, double?> metrics, double monthElapsed)
    {
        var targets = Rules.ToDictionary(r => r.Key, r => new KpiTarget(r.Value.Target, r.Value.Judge(metrics.GetValueOrDefault(r.Key))));
        targets[Kpi.CommissionTargetProgress] = new KpiTarget(monthElapsed, CommissionStatus(metrics.GetValueOrDefault(Kpi.CommissionTargetProgress), monthElapsed));
        return targets;
    }

    /// <summary>
    /// On track when the month's commission is at least the elapsed share of the target (on
    /// pace to reach it); at risk down to 90 % of that pace; off track below.
    /// </summary>
    public static string CommissionStatus(double? progress, double monthElapsed) => progress switch
    {
        null => TargetStatus.NoData,
        var p when p >= monthElapsed => TargetStatus.OnTrack,
        var p when p >= CommissionAtRiskFraction * monthElapsed => TargetStatus.AtRisk,
        _ => TargetStatus.OffTrack,
    };

    private sealed record TargetRule(double Target, bool HigherIsBetter, double AtRiskLimit)
    {
        public string Judge(double? value)
        {
            if (value is not { } v) return TargetStatus.NoData;
            var meets = HigherIsBetter ? v > Target : v < Target;
            if (meets) return TargetStatus.OnTrack;
            var close = HigherIsBetter ? v >= AtRiskLimit : v <= AtRiskLimit;
            return close ? TargetStatus.AtRisk : TargetStatus.OffTrack;
        }
    }
}
