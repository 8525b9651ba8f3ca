namespace JorgeBi.Core.Live;

/// <summary>The latest events of a location in arrival order, newest first.</summary>
public interface IEventFeedSource
{
    const int DefaultLimit = 50;

    Task<IReadOnlyList<FeedEvent>> LatestAsync(string locationId, int limit = DefaultLimit, CancellationToken ct = default);
}
