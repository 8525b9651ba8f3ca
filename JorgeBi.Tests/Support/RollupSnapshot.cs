using Dapper;
using Npgsql;

namespace JorgeBi.Tests.Support;

/// <summary>Every derived row of one location, as text, for comparing two ways of building them.</summary>
public static class RollupSnapshot
{
    private static readonly string[] Queries =
    [
        "select location_id, bucket, source, lead_type, leads from rollup_lead_hourly where leads <> 0",
        "select location_id, bucket, bot_id, interactions, successes, round(processing_ms::numeric, 6), round(confidence::numeric, 6), handoffs from rollup_bot_hourly",
        "select location_id, bucket, bot_id, ms, n from rollup_latency_hourly",
        "select location_id, day, bot_id, ms, n from rollup_latency_daily",
        "select location_id, metric, bot_id, bucket, prev_bucket, n from rollup_distinct_hourly where n <> 0",
        "select location_id, bucket, bot_id, agent_id, appointments from rollup_appointment_hourly",
        "select location_id, bucket, agent_id, deals_closed, revenue, commission from rollup_sales_hourly",
        "select location_id, day, leads, appointments, deals_closed, revenue, commission, interactions, successes, round(processing_ms::numeric, 6), handoffs from rollup_kpi_daily",
        "select location_id, metric, bot_id, day, prev_day, n from rollup_distinct_daily where n <> 0",
        "select location_id, month, bot_id, ms, n from rollup_latency_monthly",
        "select location_id, week, bot_id, ms, n from rollup_latency_weekly",
        "select location_id, day, bot_id, interactions, successes, round(processing_ms::numeric, 4), round(confidence::numeric, 4), handoffs, appointments from rollup_bot_daily",
        "select location_id, day, source, leads from rollup_lead_daily where leads <> 0",
        "select location_id, created_day, temperature, from_day, until_day, n from rollup_temperature_daily where n <> 0",
        "select location_id, month, temperature, from_day, until_day, n from rollup_temperature_monthly where n <> 0",
        "select location_id, created_day, second, n from rollup_speed_daily where n <> 0",
        "select location_id, month, second, n from rollup_speed_monthly where n <> 0",
        "select location_id, stage, from_day, until_day, deals, value, explicit_weighted_value, default_probability_value from rollup_pipeline_daily where deals <> 0",
        "select location_id, created_hour, temperature, from_hour, until_hour, n from rollup_temperature_hourly where n <> 0",
        "select location_id, created_hour, second, n from rollup_speed_hourly where n <> 0",
        "select location_id, second, created_hour, ms, n from rollup_speed_ms_hourly where n <> 0",
        "select location_id, stage, from_hour, until_hour, deals, value, explicit_weighted_value, default_probability_value from rollup_pipeline_hourly where deals <> 0",
        "select * from lead_temperature_epoch",
        "select * from deal_stage_epoch",
        "select * from lead_temperature_hour_epoch",
        "select * from deal_stage_hour_epoch",
        "select * from lead",
        "select * from deal",
    ];

    public static async Task<List<string>> ReadAsync(NpgsqlDataSource db, string location)
    {
        await using var conn = await db.OpenConnectionAsync();
        var rows = new List<string>();
        foreach (var q in Queries)
        {
            var sql = $"select t::text from ({q}) t where t.location_id = @location order by 1";
            rows.AddRange(await conn.QueryAsync<string>(sql, new { location }));
        }
        return rows;
    }
}
