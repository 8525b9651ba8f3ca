using JorgeBi.Core.Kpis;

namespace JorgeBi.Core.Bots;

/// <summary>
/// What a store reads for one bot in one trend bucket of one location: its success counts and
/// its 1-ms latency histogram, which buckets of several locations merge exactly.
/// </summary>
/// <param name="PeriodStart">Local wall-clock start of the bucket (clipped to the period start).</param>
public sealed record BotTrendBucket(string BotId, DateTime PeriodStart, long Interactions, long Successes, IReadOnlyList<LatencyCell> Latency);
