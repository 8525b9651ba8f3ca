using System.Text.Json.Serialization;

namespace JorgeBi.Core.DrillDown;

/// <summary>Equality filters of a drill-down; null means "any".</summary>
public sealed record DrillDownFilters
{
    public const string SourceName = "source";
    public const string BotIdName = "bot_id";
    public const string TemperatureName = "temperature";
    public const string StageName = "stage";
    public const string AgentIdName = "agent_id";
    public const string LeadTypeName = "lead_type";

    [JsonPropertyName("source")] public string? Source { get; init; }
    [JsonPropertyName("bot_id")] public string? BotId { get; init; }
    [JsonPropertyName("temperature")] public string? Temperature { get; init; }
    [JsonPropertyName("stage")] public string? Stage { get; init; }
    [JsonPropertyName("agent_id")] public string? AgentId { get; init; }
    [JsonPropertyName("lead_type")] public string? LeadType { get; init; }

    /// <summary>The filters that are set, by their API name.</summary>
    public IEnumerable<(string Name, string Value)> Set()
    {
        (string Name, string? Value)[] all =
        [
            (SourceName, Source), (BotIdName, BotId), (TemperatureName, Temperature),
            (StageName, Stage), (AgentIdName, AgentId), (LeadTypeName, LeadType),
        ];
        return all.Where(f => f.Value is not null).Select(f => (f.Name, f.Value!));
    }
}
