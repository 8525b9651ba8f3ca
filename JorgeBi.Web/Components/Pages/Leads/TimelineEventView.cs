using System.Globalization;
using System.Text.Json;
using JorgeBi.Core.Kpis;
using JorgeBi.Core.Leads;

namespace JorgeBi.Web.Components.Pages.Leads;

/// <summary>
/// A timeline event as the page shows it: local time in its location's zone, a readable type, the
/// data's fields as short pairs, and the location's name where the timeline spans all locations.
/// </summary>
public sealed record TimelineEventView(string Type, string Title, string LocalTime, IReadOnlyList<(string Name, string Value)> Data, string? Location = null)
{
    private const int MaxFields = 8;

    /// <summary>Oldest first (a stable sort, so events of the same instant keep the source's order).</summary>
    /// <param name="locations">Every location an event may name, by id.</param>
    /// <param name="named">Each event names its location (the timeline was looked up in all locations).</param>
    public static IReadOnlyList<TimelineEventView> From(IEnumerable<TimelineEvent> events, IReadOnlyDictionary<string, LocationInfo> locations, bool named = false) =>
        events.OrderBy(e => e.OccurredAt).Select(e => new TimelineEventView(
            e.Type, TitleOf(e.Type), DrillColumns.Local(e.OccurredAt.UtcDateTime, locations[e.LocationId]), Fields(e.Data),
            named ? locations[e.LocationId].Name : null)).ToList();

    /// <summary>"deal.stage_changed" reads as "Deal stage changed".</summary>
    public static string TitleOf(string type)
    {
        var words = type.Replace('.', ' ').Replace('_', ' ');
        return words.Length == 0 ? type : char.ToUpperInvariant(words[0]) + words[1..];
    }

    // The data object's scalar fields; nested values (none today) are shown as their JSON.
    private static IReadOnlyList<(string, string)> Fields(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return [];
            return doc.RootElement.EnumerateObject().Take(MaxFields).Select(p => (p.Name, Show(p.Value))).ToList();
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static string Show(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString() ?? "",
        JsonValueKind.Number => v.TryGetDecimal(out var d) ? d.ToString(CultureInfo.InvariantCulture) : v.GetRawText(),
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        JsonValueKind.Null => "–",
        _ => v.GetRawText(),
    };
}
