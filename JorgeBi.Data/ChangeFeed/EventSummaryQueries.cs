using Dapper;
using JorgeBi.Core.Freshness;
using Npgsql;

namespace JorgeBi.Data.ChangeFeed;

/// <summary>An event as live consumers see it: ids, kind and time, no personal data.</summary>
public sealed record EventSummary(Guid EventId, long Seq, string Type, string LocationId, string? LeadId, DateTime OccurredAt, DateTime ReceivedAt)
    : IHasDataAsOf<EventSummary>
{
    /// <summary>The numbers pushed with this event include every event up to here (this one too).</summary>
    public DataAsOf? DataAsOf { get; init; }

    public EventSummary WithDataAsOf(DataAsOf dataAsOf) => this with { DataAsOf = dataAsOf };
}

/// <summary>Reads the events behind a change-feed notification, in arrival order.</summary>
public sealed class EventSummaryQueries(NpgsqlDataSource db)
{
    public const int MaxPerRead = 200;

    public async Task<IReadOnlyList<EventSummary>> AfterAsync(string locationId, long afterSeq, long upToSeq, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return (await conn.QueryAsync<EventSummary>(new CommandDefinition(
            """
            select event_id, seq, type, location_id, lead_id, occurred_at, received_at from event
            where location_id = @locationId and seq > @afterSeq and seq <= @upToSeq
            order by seq limit @max
            """, new { locationId, afterSeq, upToSeq, max = MaxPerRead }, cancellationToken: ct))).AsList();
    }
}
