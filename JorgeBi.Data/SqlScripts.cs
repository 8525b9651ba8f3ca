using System.Collections.Frozen;
using System.Reflection;

namespace JorgeBi.Data;

/// <summary>
/// The queries kept as .sql files under Sql/ (embedded resources): one class per folder, one
/// property per file, named after it (Sql/Kpis/lead_temperatures.sql is
/// <c>SqlScripts.Kpis.LeadTemperatures</c>), so a misspelt script does not compile. A test
/// checks that every embedded script has its property and every property its script.
/// </summary>
public static class SqlScripts
{
    public static class Bots
    {
        public static string BotsLatencyHistogram { get; } = Load("bots_latency_histogram");
        public static string BotsPerformance { get; } = Load("bots_performance");
        public static string BotsTrend { get; } = Load("bots_trend");
    }

    public static class Commissions
    {
        public static string CommissionClosedDeals { get; } = Load("commission_closed_deals");
    }

    public static class Funnel
    {
        public static string FunnelStagesEntered { get; } = Load("funnel_stages_entered");
    }

    public static class Insights
    {
        public static string InsightBotSuccess { get; } = Load("insight_bot_success");
        public static string InsightLeadSourceConversion { get; } = Load("insight_lead_source_conversion");
    }

    public static class Kpis
    {
        public static string CommissionDaily { get; } = Load("commission_daily");
        public static string CommissionHourly { get; } = Load("commission_hourly");
        public static string FactKpis { get; } = Load("fact_kpis");
        public static string FactLatencyHistogram { get; } = Load("fact_latency_histogram");
        public static string FactLeadTemperatures { get; } = Load("fact_lead_temperatures");
        public static string FactPipeline { get; } = Load("fact_pipeline");
        public static string LatencyHistogramDaily { get; } = Load("latency_histogram_daily");
        public static string LatencyHistogramHourly { get; } = Load("latency_histogram_hourly");
        public static string LeadTemperatures { get; } = Load("lead_temperatures");
        public static string LeadTemperaturesDaily { get; } = Load("lead_temperatures_daily");
        public static string Pipeline { get; } = Load("pipeline");
        public static string PipelineDaily { get; } = Load("pipeline_daily");
        public static string RollupKpiCounts { get; } = Load("rollup_kpi_counts");
        public static string RollupKpiCountsDaily { get; } = Load("rollup_kpi_counts_daily");
        public static string SpeedInSecond { get; } = Load("speed_in_second");
        public static string SpeedMilliseconds { get; } = Load("speed_milliseconds");
        public static string SpeedSecondsDaily { get; } = Load("speed_seconds_daily");
        public static string SpeedSecondsHourly { get; } = Load("speed_seconds_hourly");
        public static string SpeedToLead { get; } = Load("speed_to_lead");
        public static string TrendCounts { get; } = Load("trend_counts");
        public static string TrendCountsDaily { get; } = Load("trend_counts_daily");
        public static string TrendLatencyDaily { get; } = Load("trend_latency_daily");
        public static string TrendLatencyHourly { get; } = Load("trend_latency_hourly");
    }

    public static class Leads
    {
        public static string DrillConversations { get; } = Load("drill_conversations");
        public static string DrillDealsClosed { get; } = Load("drill_deals_closed");
        public static string DrillDealsCohort { get; } = Load("drill_deals_cohort");
        public static string DrillFunnel { get; } = Load("drill_funnel");
        public static string DrillLeadTimeline { get; } = Load("drill_lead_timeline");
        public static string DrillLeads { get; } = Load("drill_leads");
    }

    public static class Live
    {
        public static string LiveEventsPerMinute { get; } = Load("live_events_per_minute");
        public static string LiveFeed { get; } = Load("live_feed");
        public static string LiveRecent { get; } = Load("live_recent");
    }

    public static class Revenue
    {
        public static string RevenueByAgent { get; } = Load("revenue_by_agent");
        public static string RevenueByLead { get; } = Load("revenue_by_lead");
        public static string RevenueLeadsBySource { get; } = Load("revenue_leads_by_source");
        public static string RevenueMonthlyCommission { get; } = Load("revenue_monthly_commission");
        public static string RevenueOpenDeals { get; } = Load("revenue_open_deals");
        public static string RevenueSalesHourly { get; } = Load("revenue_sales_hourly");
        public static string RevenueSalesTotals { get; } = Load("revenue_sales_totals");
        public static string RevenueSpend { get; } = Load("revenue_spend");
    }

    /// <summary>Every embedded script by file name (no folder, no .sql), for tools that go through all of them.</summary>
    public static FrozenDictionary<string, string> All { get; } = typeof(SqlScripts).Assembly.GetManifestResourceNames()
        .Where(resource => resource.StartsWith(Prefix, StringComparison.Ordinal))
        .ToFrozenDictionary(resource => resource[Prefix.Length..^".sql".Length], resource => Read(typeof(SqlScripts).Assembly, resource));

    private const string Prefix = "queries.";

    private static string Load(string name) => Read(typeof(SqlScripts).Assembly, $"{Prefix}{name}.sql");

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"No embedded query {resource}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
