namespace JorgeBi.Core.Live;

/// <summary>Reads the last minutes of locations straight from the facts, which hold the latest batch the moment it commits.</summary>
public interface ILiveSource
{
    /// <param name="locationIds">One location, or several read as one (their events together).</param>
    /// <param name="since">Start (exclusive) of the counting window, by occurrence and, for events received, by arrival.</param>
    /// <param name="until">End (inclusive) of every window: now.</param>
    /// <param name="activeSince">Start (exclusive) of the window in which a conversation counts as active.</param>
    Task<RecentActivity> ReadAsync(IReadOnlyCollection<string> locationIds, DateTimeOffset since, DateTimeOffset until, DateTimeOffset activeSince, CancellationToken ct = default);
}
