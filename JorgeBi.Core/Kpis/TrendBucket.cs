namespace JorgeBi.Core.Kpis;

/// <summary>The aggregates of one trend bucket starting at <paramref name="Start"/> (local wall-clock time).</summary>
public sealed record TrendBucket(DateTime Start, KpiAggregates Aggregates);
