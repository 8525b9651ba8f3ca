using JorgeBi.Core.Kpis;

namespace JorgeBi.Core.Insights;

/// <summary>
/// The insights of a location now: bots below their success or latency targets over the last
/// 30 days, a source converting better than the rest among the leads of the last 90 days, and
/// the month's commission pace against its target. Most relevant first.
/// </summary>
public sealed class InsightService(IInsightSource insights, IKpiSource kpis, ILocationSource locations, TimeProvider clock)
{
    public const string BotTimeframe = "30d";
    public const string SourceCohortTimeframe = "90d";

    /// <param name="types">Insight types to keep (<see cref="InsightTypes"/>); null or empty keeps all.</param>
    /// <returns>Null for an unknown location.</returns>
    public async Task<IReadOnlyList<Insight>?> ListAsync(
        string locationId, IReadOnlyCollection<string>? types = null, double confidenceThreshold = 0, int limit = 10, CancellationToken ct = default)
    {
        var location = await locations.FindAsync(locationId, ct);
        if (location is null) return null;
        var localNow = location.LocalNow(clock.GetUtcNow());
        bool Wanted(string type) => types is not { Count: > 0 } || types.Contains(type);

        var found = new List<Insight>();
        if (Wanted(InsightTypes.BotBelowTarget) || Wanted(InsightTypes.LatencyOverTarget))
        {
            var bots = await insights.ReadBotStatsAsync(location, Timeframes.Resolve(BotTimeframe, localNow), ct);
            found.AddRange(BotBelowTargetRule.Find(bots));
            found.AddRange(LatencyOverTargetRule.Find(bots));
        }
        if (Wanted(InsightTypes.SourceOutperforming))
        {
            found.AddRange(LeadSourceConversionRule.Find(
                await insights.ReadSourceConversionsAsync(location, Timeframes.Resolve(SourceCohortTimeframe, localNow), ct)));
        }
        if (Wanted(InsightTypes.CommissionForecastShortfall))
        {
            var month = await kpis.ReadAsync(location, MonthPace.CurrentMonth(localNow), ct);
            found.AddRange(CommissionForecastRule.Find(month.Commission, MonthPace.Elapsed(localNow), location.MonthlyCommissionTarget,
                KpiCalculator.WeightedPipelineCommission(month.Pipeline, location.CommissionRate)));
        }
        return found
            .Where(i => Wanted(i.InsightType) && i.Confidence >= confidenceThreshold)
            .OrderByDescending(i => i.RelevanceScore)
            .Take(limit)
            .ToList();
    }
}
