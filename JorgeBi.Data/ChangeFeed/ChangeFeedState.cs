namespace JorgeBi.Data.ChangeFeed;

/// <summary>What health checks and the admin page report about the listener.</summary>
public sealed class ChangeFeedState
{
    public volatile bool Listening;
    public long HighWaterMark;
    public int Reconnects;
    public DateTimeOffset? LastNotificationAt;
    public string? LastError;
}
