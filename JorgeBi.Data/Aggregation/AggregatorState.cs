namespace JorgeBi.Data.Aggregation;

/// <summary>What this instance's aggregator is doing, for health checks and the admin page.</summary>
public sealed class AggregatorState
{
    /// <summary>"starting", "leader" (this instance applies the log), "standby" (another one does) or "failing".</summary>
    public volatile string Role = "starting";
    /// <summary>Why the last step failed, while the aggregator is "failing".</summary>
    public string? LastError;
}
