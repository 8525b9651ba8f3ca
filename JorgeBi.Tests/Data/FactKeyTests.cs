using Dapper;
using JorgeBi.Data.Events;
using Npgsql;

namespace JorgeBi.Tests.Data;

/// <summary>
/// Every fact table refuses a fact stored twice: the last guard against counting an event
/// twice, whatever its key leads with (sql/0021 keys most facts by lead, deal or time).
/// </summary>
public sealed class FactKeyTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    [Theory]
    [InlineData("fact_lead_created")]
    [InlineData("fact_lead_scored")]
    [InlineData("fact_bot_interaction")]
    [InlineData("fact_bot_handoff")]
    [InlineData("fact_lead_qualified")]
    [InlineData("fact_appointment_booked")]
    [InlineData("fact_deal_stage_changed")]
    [InlineData("fact_deal_closed")]
    [InlineData("fact_deal_lost")]
    [InlineData("fact_marketing_spend")]
    public async Task StoringAFactAgain_IsRefused(string table)
    {
        var location = $"keys-{table.Replace('_', '-')}";
        var store = new AppliedEventStore(db.DataSource);
        await store.IngestAsync(RandomEvents.Generate(21, location: location));
        await using var conn = await db.DataSource.OpenConnectionAsync();
        var sql = $"insert into {table} select * from {table} where location_id = @location limit 1";
        Assert.True(await conn.ExecuteScalarAsync<bool>($"select exists (select from {table} where location_id = @location)", new { location }));

        var refused = await Assert.ThrowsAsync<PostgresException>(() => conn.ExecuteAsync(sql, new { location }));

        Assert.Equal(PostgresErrorCodes.UniqueViolation, refused.SqlState);
    }
}
