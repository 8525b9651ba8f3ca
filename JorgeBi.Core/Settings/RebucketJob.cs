namespace JorgeBi.Core.Settings;

/// <summary>
/// A location's move to another time zone: queued by the save, run by one worker in one
/// transaction, so its pages keep the old zone's numbers until <see cref="RebucketStates.Done"/>.
/// <see cref="Progress"/> is the share of the work done (0 to 1), weighed by the facts each step reads.
/// </summary>
public sealed record RebucketJob(
    long JobId, string LocationId, string FromTimeZone, string ToTimeZone, string RequestedBy, DateTimeOffset RequestedAt,
    string State, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, double Progress, string? Error)
{
    public bool IsActive => State is RebucketStates.Queued or RebucketStates.Running;
}

public static class RebucketStates
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Done = "done";
    public const string Failed = "failed";
}
