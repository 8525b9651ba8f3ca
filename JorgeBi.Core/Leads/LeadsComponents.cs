using static JorgeBi.Core.Leads.LeadsFilters;

namespace JorgeBi.Core.Leads;

/// <summary>
/// What each drill-down component shows: its metrics (the first is the default) and the
/// filters that apply to its rows. "leads" lists leads; "bots" conversations; "revenue"
/// deals closed in the period; "conversion" the deals of the leads created in it.
/// </summary>
public static class LeadsComponents
{
    public const string Leads = "leads";
    public const string Bots = "bots";
    public const string Revenue = "revenue";
    public const string Conversion = "conversion";

    /// <summary>The one metric that changes the rows: leads qualified in the period instead of created in it.</summary>
    public const string QualifiedLeadsMetric = "qualified_leads";

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Metrics = new Dictionary<string, IReadOnlyList<string>>
    {
        [Leads] = ["total_leads", QualifiedLeadsMetric],
        [Bots] = ["interactions", "conversations", "bot_success_rate", "avg_response_time_ms", "p95_response_time_ms", "handoff_rate"],
        [Revenue] = ["revenue", "jorge_commission", "deals_closed", "avg_deal_size"],
        [Conversion] = ["conversion_rate", "deals_closed"],
    };

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Filters = new Dictionary<string, IReadOnlyList<string>>
    {
        [Leads] = [SourceName, BotIdName, TemperatureName, AgentIdName, LeadTypeName],
        [Bots] = [SourceName, BotIdName, TemperatureName, LeadTypeName],
        [Revenue] = [SourceName, BotIdName, TemperatureName, StageName, AgentIdName, LeadTypeName],
        [Conversion] = [SourceName, BotIdName, TemperatureName, StageName, AgentIdName, LeadTypeName],
    };
}
