namespace JorgeBi.Tests.Api.OpenApi;

/// <summary>A valid request body for each operation that takes one, by operation id.</summary>
internal static class ConformanceSamples
{
    public static string Body(string operationId) => operationId switch
    {
        "PostEvents" => $$$"""
            {"id": "{{{Guid.NewGuid()}}}", "type": "lead.created", "occurredAt": "{{{DateTimeOffset.UtcNow.AddMinutes(-1):O}}}",
             "locationId": "default", "leadId": "lead-conformance", "data": {"source": "zillow", "leadType": "buyer", "temperature": "warm", "agentId": "agent-maria"}}
            """,
        "DrillDown" => """{"component": "revenue", "timeframe": "90d", "location_id": "default", "page_size": 5}""",
        "TriggerAggregation" => """{"location_id": "default", "from": "2026-01-01", "to": "2026-01-31"}""",
        "WarmCache" => """{"location_id": "default", "timeframes": ["7d"]}""",
        "PutLocationSettings" => """{"name": "Jorge Real Estate", "time_zone": "America/Los_Angeles", "commission_rate": 0.06, "monthly_commission_target": 150000}""",
        "PutBotSettings" => """{"name": "Seller Bot", "response_target_ms": 50, "success_target": 0.94}""",
        "PutSourceSettings" => """{"name": "Zillow"}""",
        "PutAlertSettings" => """{"silence_minutes": 60, "anomaly_min_severity": "high"}""",
        "PutBusinessHours" => """{"days": ["monday", "tuesday"], "opens_at": "08:00", "closes_at": "20:00"}""",
        "PostDigestSubscription" => """{"email": "owner@example.com", "frequency": "daily", "location_id": "default"}""",
        _ => throw new InvalidOperationException($"No sample body for {operationId}: add one here."),
    };
}
