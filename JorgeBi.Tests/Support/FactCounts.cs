using Dapper;
using Npgsql;

namespace JorgeBi.Tests.Support;

/// <summary>How many typed facts a location has: one per applied event, so exactly-once checks compare it with the log.</summary>
public static class FactCounts
{
    public static Task<long> OfLocationAsync(NpgsqlConnection conn, string location) => conn.ExecuteScalarAsync<long>(
        """
        select (select count(*) from fact_lead_created where location_id = @location)
             + (select count(*) from fact_lead_scored where location_id = @location)
             + (select count(*) from fact_bot_interaction where location_id = @location)
             + (select count(*) from fact_bot_handoff where location_id = @location)
             + (select count(*) from fact_lead_qualified where location_id = @location)
             + (select count(*) from fact_appointment_booked where location_id = @location)
             + (select count(*) from fact_deal_stage_changed where location_id = @location)
             + (select count(*) from fact_deal_closed where location_id = @location)
             + (select count(*) from fact_deal_lost where location_id = @location)
             + (select count(*) from fact_marketing_spend where location_id = @location)
        """, new { location });
}
