using Dapper;
using JorgeBi.Core.Live;
using Npgsql;

namespace JorgeBi.Data.Live;

/// <summary>The live feed's rows from the event log (live_feed.sql).</summary>
public sealed class EventFeedQueries(NpgsqlDataSource db) : IEventFeedSource
{
    public async Task<IReadOnlyList<FeedEvent>> LatestAsync(string locationId, int limit = IEventFeedSource.DefaultLimit, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<Row>(new CommandDefinition(
            SqlScripts.Live.LiveFeed, new { loc = locationId, limit }, cancellationToken: ct));
        return rows.Select(r => new FeedEvent(r.EventId, r.Type, r.LeadId, Utc(r.OccurredAt), Utc(r.ReceivedAt), r.LocationId)).ToList();
    }

    private static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));

    private sealed record Row(Guid EventId, string Type, string? LeadId, DateTime OccurredAt, DateTime ReceivedAt, string LocationId);
}
