using System.Text.Json.Serialization;

namespace JorgeBi.Core.Insights;

/// <summary>
/// A short, checkable finding (predictive-insights in API.md). <see cref="Evidence"/> holds
/// every number the sentence rests on; <see cref="Subject"/> names the bot or source it is
/// about, if any. <see cref="RelevanceScore"/> (0-1) is confidence x impact, the sort order.
/// </summary>
public sealed record Insight(
    [property: JsonPropertyName("insight_type")] string InsightType,
    [property: JsonPropertyName("confidence")] double Confidence,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("recommended_action")] string RecommendedAction,
    [property: JsonPropertyName("relevance_score")] double RelevanceScore,
    [property: JsonPropertyName("subject")] string? Subject,
    [property: JsonPropertyName("evidence")] IReadOnlyDictionary<string, double> Evidence);

/// <summary>The <see cref="Insight.InsightType"/> values, as the insight_types filter names them.</summary>
public static class InsightTypes
{
    public const string BotBelowTarget = "bot_below_target";
    public const string SourceOutperforming = "source_outperforming";
    public const string CommissionForecastShortfall = "commission_forecast_shortfall";
    public const string LatencyOverTarget = "latency_over_target";

    public static readonly IReadOnlyList<string> All = [BotBelowTarget, SourceOutperforming, CommissionForecastShortfall, LatencyOverTarget];
}
