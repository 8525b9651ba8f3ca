namespace JorgeBi.Data.Aggregation;

/// <summary>What this instance's aggregator is doing, for health checks and the admin page.</summary>
public sealed class AggregatorState
{
    /// <summary>"starting", "leader" (this instance applies the log), "standby" (another one does) or "failing".</summary>
    public volatile string Role = "starting";
    public DateTimeOffset? LastStepAt;
    public string? LastError;
}
