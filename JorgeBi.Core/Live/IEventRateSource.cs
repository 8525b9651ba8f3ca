namespace JorgeBi.Core.Live;

/// <summary>Events received per minute (by arrival, as <see cref="LiveMetrics.EventsPerMinute"/> counts them).</summary>
public interface IEventRateSource
{
    /// <summary>
    /// One point per minute for the <paramref name="minutes"/> whole UTC minutes ending with
    /// the one that holds <paramref name="until"/> (which counts up to that instant), oldest
    /// first, minutes without events as 0.
    /// </summary>
    Task<IReadOnlyList<EventRatePoint>> PerMinuteAsync(string locationId, DateTimeOffset until, int minutes, CancellationToken ct = default);
}

/// <summary>The events received in the minute starting at <paramref name="Minute"/>.</summary>
public sealed record EventRatePoint(DateTimeOffset Minute, long Events);
