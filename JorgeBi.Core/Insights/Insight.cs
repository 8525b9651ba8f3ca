
namespace JorgeBi.Core.Insights;

/// <summary>
/// A short, checkable finding (predictive-insights in API.md). <see cref="Evidence"/> holds
/// every number the sentence rests on; <see cref="Subject"/> names the bot or source it is
/// about, if any. <see cref="RelevanceScore"/> (0-1) is confidence x impact, the sort order.
/// </summary>
public sealed record Insight(
    string InsightType,
    double Confidence,
    string Title,
    string Description,
    string RecommendedAction,
    double RelevanceScore,
    string? Subject,
    IReadOnlyDictionary<string, double> Evidence);

/// <summary>The <see cref="Insight.InsightType"/> values, as the insight_types filter names them.</summary>
public static class InsightTypes
{
    public const string BotBelowTarget = "bot_below_target";
    public const string SourceOutperforming = "source_outperforming";
    public const string CommissionForecastShortfall = "commission_forecast_shortfall";
    public const string LatencyOverTarget = "latency_over_target";

    public static readonly IReadOnlyList<string> All = [BotBelowTarget, SourceOutperforming, CommissionForecastShortfall, LatencyOverTarget];
}
