using JorgeBi.Core.Leads;

namespace JorgeBi.Data.Leads;

/// <summary>
/// One drill-down row set: the embedded script that produces it (its text), the row columns in the
/// order of the row record's constructor, its sort, its summary and the column behind
/// each filter name. Only these fixed strings are ever spliced into SQL; values are parameters.
/// Each sort ends with the row's whole key, location included: the rows of several locations
/// are one list in one total order, so paging by offset neither repeats nor skips a row.
/// </summary>
internal sealed record DrillQuery(
    string Script, Type RowType, string Columns, string OrderBy, string Summary, IReadOnlyDictionary<string, string> FilterColumns)
{
    private const string LeadColumns = "location_id, lead_id, created_at, source, lead_type, temperature, agent_id, first_bot_id, speed_to_lead_s";
    private const string DealColumns = "location_id, deal_id, lead_id, agent_id, source, stage, property_value, sale_price, commission, closed_at";
    private const string DealSummary =
        "coalesce(sum(sale_price), 0)::float8 as revenue, coalesce(sum(commission), 0)::float8 as commission, " +
        "coalesce(sum(property_value), 0)::float8 as property_value, count(*) filter (where stage = 'closed') as closed";

    private static readonly IReadOnlyDictionary<string, string> DealFilters = new Dictionary<string, string>
    {
        [LeadsFilters.SourceName] = "source", [LeadsFilters.BotIdName] = "first_bot_id",
        [LeadsFilters.TemperatureName] = "temperature", [LeadsFilters.StageName] = "stage",
        [LeadsFilters.AgentIdName] = "agent_id", [LeadsFilters.LeadTypeName] = "lead_type",
    };

    public static readonly DrillQuery Leads = new(SqlScripts.Leads.DrillLeads, typeof(LeadRow), LeadColumns, "created_at, lead_id, location_id",
        "count(first_bot_id) as contacted_by_bot, percentile_cont(0.5) within group (order by speed_to_lead_s) as median_speed_to_lead_s",
        new Dictionary<string, string>
        {
            [LeadsFilters.SourceName] = "source", [LeadsFilters.BotIdName] = "first_bot_id",
            [LeadsFilters.TemperatureName] = "temperature", [LeadsFilters.AgentIdName] = "agent_id",
            [LeadsFilters.LeadTypeName] = "lead_type",
        });

    public static readonly DrillQuery Conversations = new(SqlScripts.Leads.DrillConversations, typeof(ConversationRow),
        "location_id, conversation_id, bot_id, lead_id, interactions, successes, first_at, last_at, avg_response_ms",
        "first_at, conversation_id, bot_id, lead_id, location_id",
        "count(distinct (location_id, conversation_id)) as conversations, coalesce(sum(interactions), 0)::float8 as interactions, " +
        "coalesce(sum(successes), 0)::float8 as successes, sum(successes)::float8 / nullif(sum(interactions), 0) as success_rate, " +
        "sum(processing_ms_sum) / nullif(sum(interactions), 0) as avg_response_ms",
        new Dictionary<string, string>
        {
            [LeadsFilters.SourceName] = "source", [LeadsFilters.BotIdName] = "bot_id",
            [LeadsFilters.TemperatureName] = "temperature", [LeadsFilters.LeadTypeName] = "lead_type",
        });

    public static readonly DrillQuery DealsClosed = new(SqlScripts.Leads.DrillDealsClosed, typeof(DealRow), DealColumns, "closed_at, deal_id, location_id, event_id", DealSummary, DealFilters);

    public static readonly DrillQuery DealsOfCohort = new(SqlScripts.Leads.DrillDealsCohort, typeof(DealRow), DealColumns, "deal_id, location_id", DealSummary, DealFilters);

    public static DrillQuery For(string component) => component switch
    {
        LeadsComponents.Leads => Leads,
        LeadsComponents.Bots => Conversations,
        LeadsComponents.Revenue => DealsClosed,
        LeadsComponents.Conversion => DealsOfCohort,
        _ => throw new ArgumentOutOfRangeException(nameof(component), component, "Unknown drill-down component."),
    };
}
