using System.Text.Json.Serialization;

namespace JorgeBi.Core.DrillDown;

/// <summary>
/// A deal as of the end of the period: its stage ("closed", "lost" or the latest open
/// stage), its latest property value, and sale price / commission when closed.
/// </summary>
public sealed record DealRow(
    [property: JsonPropertyName("location_id")] string LocationId,
    [property: JsonPropertyName("deal_id")] string DealId,
    [property: JsonPropertyName("lead_id")] string LeadId,
    [property: JsonPropertyName("agent_id")] string? AgentId,
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("stage")] string? Stage,
    [property: JsonPropertyName("property_value")] decimal? PropertyValue,
    [property: JsonPropertyName("sale_price")] decimal? SalePrice,
    [property: JsonPropertyName("commission")] decimal? Commission,
    [property: JsonPropertyName("closed_at")] DateTime? ClosedAt) : IDrillDownRow;
