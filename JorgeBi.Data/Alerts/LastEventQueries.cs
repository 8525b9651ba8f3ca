using Dapper;
using Npgsql;

namespace JorgeBi.Data.Alerts;

/// <summary>When each location's latest event arrived (index event_received), for the silence rule.</summary>
public sealed class LastEventQueries(NpgsqlDataSource db)
{
    public async Task<DateTimeOffset?> LastReceivedAsync(string locationId, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var at = await conn.ExecuteScalarAsync<DateTime?>(new CommandDefinition(
            "select max(received_at) from event where location_id = @locationId", new { locationId }, cancellationToken: ct));
        return at is { } t ? new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc)) : null;
    }
}
