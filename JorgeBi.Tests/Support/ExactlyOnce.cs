using Dapper;
using JorgeBi.Data.Events;
using Npgsql;

namespace JorgeBi.Tests.Support;

/// <summary>
/// Every event of a location is in the log once and its facts exist once, the log is applied
/// to its end, and the rollups equal a rebuild from the facts.
/// </summary>
public static class ExactlyOnce
{
    public static async Task AssertAsync(NpgsqlDataSource db, string location, IEnumerable<Guid> ids)
    {
        await using (var conn = await db.OpenConnectionAsync())
        {
            var logged = await conn.QueryAsync<Guid>("select event_id from event where location_id = @location", new { location });
            Assert.Equal(ids.Order(), logged.Order());
            var facts = await FactCounts.OfLocationAsync(conn, location);
            Assert.Equal(ids.Count(), facts);
            Assert.Equal(await conn.ExecuteScalarAsync<long>("select max(seq) from event"), await conn.ExecuteScalarAsync<long>("select applied_seq from log_state"));
        }
        var applied = await RollupSnapshot.ReadAsync(db, location);
        await new EventStore(db).RebuildRollupsAsync(location);
        Assert.NotEmpty(applied);
        Assert.Equal(await RollupSnapshot.ReadAsync(db, location), applied);
    }
}
