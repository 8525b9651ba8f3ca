using Dapper;
using JorgeBi.Core.Live;
using Npgsql;

namespace JorgeBi.Data.Live;

/// <summary>The live page's events-per-minute series from the event log (live_events_per_minute.sql).</summary>
public sealed class EventRateQueries(NpgsqlDataSource db) : IEventRateSource
{
    public async Task<IReadOnlyList<EventRatePoint>> PerMinuteAsync(string locationId, DateTimeOffset until, int minutes, CancellationToken ct = default)
    {
        var untilUtc = until.UtcDateTime;
        var last = new DateTime(untilUtc.Ticks - untilUtc.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Utc);
        var args = new { loc = locationId, first = last.AddMinutes(1 - minutes), last, until = untilUtc };
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<Row>(new CommandDefinition(SqlScripts.Live.LiveEventsPerMinute, args, cancellationToken: ct));
        return rows.Select(r => new EventRatePoint(new DateTimeOffset(DateTime.SpecifyKind(r.Minute, DateTimeKind.Utc)), r.Events)).ToList();
    }

    private sealed record Row(DateTime Minute, long Events);
}
