using JorgeBi.Core.Kpis;

namespace JorgeBi.Core.Live;

/// <summary>What the facts and the event log say about the last minutes (see <see cref="ILiveSource"/>).</summary>
/// <param name="Window">Counts of the events that occurred in (since, until]; only the fields of <see cref="LiveCounters"/> are filled.</param>
public sealed record RecentActivity(KpiAggregates Window, long ActiveConversations, long EventsReceived, DateTimeOffset? LastEventAt);
