using System.Text.Json.Serialization;

namespace JorgeBi.Core.DrillDown;

/// <summary>A lead as drill-down and export show it; temperature is its latest one; times are UTC.</summary>
public sealed record LeadRow(
    [property: JsonPropertyName("location_id")] string LocationId,
    [property: JsonPropertyName("lead_id")] string LeadId,
    [property: JsonPropertyName("created_at")] DateTime? CreatedAt,
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("lead_type")] string? LeadType,
    [property: JsonPropertyName("temperature")] string? Temperature,
    [property: JsonPropertyName("agent_id")] string? AgentId,
    [property: JsonPropertyName("first_bot_id")] string? FirstBotId,
    [property: JsonPropertyName("speed_to_lead_s")] double? SpeedToLeadS) : IDrillDownRow;
