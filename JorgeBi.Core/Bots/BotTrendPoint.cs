namespace JorgeBi.Core.Bots;

/// <summary>One bot in one trend bucket: its success counts and nearest-rank p95 latency.</summary>
/// <param name="PeriodStart">Local wall-clock start of the bucket (clipped to the period start).</param>
/// <param name="P95ResponseMs">Null when the bot had no interactions in the bucket.</param>
public sealed record BotTrendPoint(string BotId, DateTime PeriodStart, long Interactions, long Successes, double? P95ResponseMs)
{
    /// <summary>The matrix's success rate for the bucket; null without interactions (unknown, not 0 %).</summary>
    public double? SuccessRate => Interactions == 0 ? null : (double)Successes / Interactions;
}
