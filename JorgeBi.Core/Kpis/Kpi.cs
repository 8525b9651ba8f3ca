namespace JorgeBi.Core.Kpis;

/// <summary>The KPI names of DOMAIN.md: the keys of every KPI map in the API and the UI's test ids.</summary>
public static class Kpi
{
    public const string TotalLeads = "total_leads";
    public const string QualifiedLeads = "qualified_leads";
    public const string AppointmentsScheduled = "appointments_scheduled";
    public const string DealsClosed = "deals_closed";
    public const string ConversionRate = "conversion_rate";
    public const string BotSuccessRate = "bot_success_rate";
    public const string AvgResponseTimeMs = "avg_response_time_ms";
    public const string P95ResponseTimeMs = "p95_response_time_ms";
    public const string MlResponseTimeMs = "ml_response_time_ms";
    public const string SpeedToLeadS = "speed_to_lead_s";
    public const string HandoffRate = "handoff_rate";
    public const string Revenue = "revenue";
    public const string JorgeCommission = "jorge_commission";
    public const string AvgDealSize = "avg_deal_size";
    public const string PipelineValue = "pipeline_value";
    public const string WeightedPipelineCommission = "weighted_pipeline_commission";
    public const string CommissionTargetProgress = "commission_target_progress";

    /// <summary>"hot" -> "hot_leads": leads created in the period by temperature at its end.</summary>
    public static string LeadsWithTemperature(string temperature) => temperature + "_leads";
}
