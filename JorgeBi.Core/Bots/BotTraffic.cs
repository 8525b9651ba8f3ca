namespace JorgeBi.Core.Bots;

/// <summary>
/// What a store reads for one bot and period: its targets from the bot table and the raw
/// counts and sums. <see cref="BotMetricsCalculator"/> turns it into a matrix row, with the
/// p95 of the bot's latency histogram (<see cref="BotPerformanceAggregates.P95Of"/>).
/// </summary>
public sealed record BotTraffic
{
    public required string BotId { get; init; }
    public required string Name { get; init; }
    public int ResponseTargetMs { get; init; }
    public decimal SuccessTarget { get; init; }
    public long Interactions { get; init; }
    public long Successes { get; init; }
    public double ProcessingMsSum { get; init; }
    public double ConfidenceSum { get; init; }
    public long Conversations { get; init; }
    public long QualifiedLeads { get; init; }
    public long Handoffs { get; init; }
    public long Appointments { get; init; }
    public long DealsClosed { get; init; }
    public decimal CommissionAttributed { get; init; }
}
