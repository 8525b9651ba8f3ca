
namespace JorgeBi.Core.Leads;

/// <summary>Equality filters of a drill-down; null means "any".</summary>
public sealed record LeadsFilters
{
    public const string SourceName = "source";
    public const string BotIdName = "bot_id";
    public const string TemperatureName = "temperature";
    public const string StageName = "stage";
    public const string AgentIdName = "agent_id";
    public const string LeadTypeName = "lead_type";

    public string? Source { get; init; }
    public string? BotId { get; init; }
    public string? Temperature { get; init; }
    public string? Stage { get; init; }
    public string? AgentId { get; init; }
    public string? LeadType { get; init; }

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
