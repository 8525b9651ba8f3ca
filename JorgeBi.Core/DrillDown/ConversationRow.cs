using System.Text.Json.Serialization;

namespace JorgeBi.Core.DrillDown;

/// <summary>One bot's part of one conversation in the period: a conversation two bots took part in gives two rows.</summary>
public sealed record ConversationRow(
    [property: JsonPropertyName("location_id")] string LocationId,
    [property: JsonPropertyName("conversation_id")] string ConversationId,
    [property: JsonPropertyName("bot_id")] string BotId,
    [property: JsonPropertyName("lead_id")] string LeadId,
    [property: JsonPropertyName("interactions")] long Interactions,
    [property: JsonPropertyName("successes")] long Successes,
    [property: JsonPropertyName("first_at")] DateTime FirstAt,
    [property: JsonPropertyName("last_at")] DateTime LastAt,
    [property: JsonPropertyName("avg_response_ms")] double AvgResponseMs) : IDrillDownRow;
