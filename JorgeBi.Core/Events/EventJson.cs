using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace JorgeBi.Core.Events;

/// <summary>Writes events in their wire shape (DOMAIN.md): what the event log stores and senders post.</summary>
public static class EventJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitTypeName } },
    };

    /// <summary>The <c>data</c> object of an event.</summary>
    public static string DataToJson(EventData data) => JsonSerializer.Serialize(data, data.GetType(), Options);

    /// <summary>The whole event, as a sender posts it.</summary>
    public static JsonObject ToJsonObject(BiEvent e) => new()
    {
        ["id"] = e.Id.ToString(),
        ["type"] = e.Type,
        ["occurredAt"] = e.OccurredAt.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz"),
        ["locationId"] = e.LocationId,
        ["leadId"] = e.LeadId,
        ["data"] = JsonNode.Parse(DataToJson(e.Data)),
    };

    // The type is the event's "type" member, not part of its data.
    private static void OmitTypeName(JsonTypeInfo info)
    {
        if (!typeof(EventData).IsAssignableFrom(info.Type)) return;
        var type = info.Properties.FirstOrDefault(p => p.Name == "type");
        if (type is not null) info.Properties.Remove(type);
    }
}
