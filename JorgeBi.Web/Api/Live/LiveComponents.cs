namespace JorgeBi.Web.Api.Live;

/// <summary>
/// The parts of the real-time answer a client may name in <c>components</c>. The whole
/// snapshot is one cheap read, so the list is validated and the full snapshot returned.
/// </summary>
public static class LiveComponents
{
    public static readonly IReadOnlyList<string> All = ["today", "last_5_minutes", "active_conversations", "events_per_minute", "last_event_at"];
}
