namespace JorgeBi.Web.Components.Shared;

public static class TimeframeLabels
{
    public static string Of(string timeframe) => timeframe switch
    {
        "24h" => "Last 24 hours",
        "7d" => "Last 7 days",
        "30d" => "Last 30 days",
        "90d" => "Last 90 days",
        "1y" => "Last 12 months",
        _ => timeframe,
    };
}
