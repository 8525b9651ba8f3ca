namespace JorgeBi.Core.Bots;

/// <summary>Every bot's traffic in a period, and the p95 over all of their interactions together.</summary>
public sealed record BotPerformanceAggregates(IReadOnlyList<BotTraffic> Bots, double? OverallP95ResponseMs);
