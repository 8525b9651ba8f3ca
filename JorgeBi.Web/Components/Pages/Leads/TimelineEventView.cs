using System.Globalization;
using System.Text.Json;
using JorgeBi.Core.DrillDown;

namespace JorgeBi.Web.Components.Pages.Leads;

/// <summary>A timeline event as the page shows it: local time, a readable type and the data's fields as short pairs.</summary>
public sealed record TimelineEventView(string Type, string Title, string LocalTime, IReadOnlyList<(string Name, string Value)> Data)
{
    private const int MaxFields = 8;

    /// <summary>Oldest first (a stable sort, so events of the same instant keep the source's order).</summary>
    public static IReadOnlyList<TimelineEventView> From(IEnumerable<TimelineEvent> events, TimeZoneInfo zone) =>
        events.OrderBy(e => e.OccurredAt).Select(e => new TimelineEventView(
            e.Type, TitleOf(e.Type), DrillColumns.Local(e.OccurredAt.UtcDateTime, zone), Fields(e.Data))).ToList();

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
