using System.Collections.Concurrent;

namespace JorgeBi.Core.Live;

/// <summary>
/// Hands out subscriptions to "this location's numbers changed" and delivers changes to
/// them, at most once per <see cref="Window"/> and location: a change after a quiet spell
/// goes out at once (a page moves as soon as the aggregator commits), and the changes that
/// follow within the window are delivered together when it closes (the whole sequence range,
/// the union of kinds). Publishing never waits for subscribers, so the change feed (and
/// ingestion) is never blocked.
/// </summary>
/// <param name="invalidation">Runs before the subscribers; none where nothing caches answers.</param>
public sealed class LiveUpdates(TimeProvider clock, ILiveCacheInvalidation? invalidation = null)
{
    public static readonly TimeSpan Window = TimeSpan.FromMilliseconds(100);

    /// <summary>Subscribes to every location.</summary>
    public const string AllLocations = "*";

    private readonly ConcurrentDictionary<Guid, Subscription> _subscriptions = new();
    private readonly ConcurrentDictionary<string, Pending> _pending = new();
    private readonly ConcurrentDictionary<string, long> _lastDelivery = new();

    public IDisposable Subscribe(string locationId, Func<LiveChange, Task> onChange)
    {
        var id = Guid.NewGuid();
        _subscriptions[id] = new Subscription(locationId, onChange);
        return new Unsubscriber(() => _subscriptions.TryRemove(id, out _));
    }

    public int SubscriberCount => _subscriptions.Count;

    public void Publish(LiveChange change)
    {
        var created = false;
        var pending = _pending.AddOrUpdate(change.LocationId,
            _ => { created = true; return new Pending(change); },
            (_, p) => p.Merge(change));
        if (!created) return;
        // The first change not yet delivered schedules the delivery; later ones only merge into it.
        _ = DeliverWhenDueAsync(change.LocationId, pending);
    }

    private async Task DeliverWhenDueAsync(string locationId, Pending pending)
    {
        var sinceLast = _lastDelivery.TryGetValue(locationId, out var last) ? clock.GetElapsedTime(last) : TimeSpan.MaxValue;
        if (sinceLast < Window) await Task.Delay(Window - sinceLast, clock);
        else await Task.Yield(); // off the publisher's thread
        _lastDelivery[locationId] = clock.GetTimestamp();
        _pending.TryRemove(new KeyValuePair<string, Pending>(locationId, pending));
        var change = pending.Change;
        if (invalidation is not null) await DeliverAsync(invalidation.InvalidateAsync, change);
        // All at once: one slow subscriber (a page recomputing) must not hold back the others.
        await Task.WhenAll(_subscriptions.Values
            .Where(s => s.LocationId == locationId || s.LocationId == AllLocations)
            .Select(s => DeliverAsync(s.OnChange, change)));
    }

    private static async Task DeliverAsync(Func<LiveChange, Task> onChange, LiveChange change)
    {
        try
        {
            await onChange(change);
        }
        catch (Exception) when (!Environment.HasShutdownStarted)
        {
            // A failing subscriber (a closed page) must not stop delivery to the others.
        }
    }

    private sealed record Subscription(string LocationId, Func<LiveChange, Task> OnChange);

    private sealed class Pending(LiveChange first)
    {
        private readonly object _gate = new();
        private LiveChange _change = first;

        public LiveChange Change { get { lock (_gate) return _change; } }

        public Pending Merge(LiveChange next)
        {
            lock (_gate)
            {
                _change = _change with
                {
                    Kinds = _change.Kinds.Union(next.Kinds).ToList(),
                    AfterSeq = Math.Min(_change.AfterSeq, next.AfterSeq),
                    MaxSeq = Math.Max(_change.MaxSeq, next.MaxSeq),
                };
            }
            return this;
        }
    }

    private sealed class Unsubscriber(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
