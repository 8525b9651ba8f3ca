using Dapper;
using JorgeBi.Core.Kpis;
using JorgeBi.Core.Live;
using Npgsql;

namespace JorgeBi.Data.Live;

/// <summary>The last minutes of one or more locations, in one round trip (live_recent.sql).</summary>
public sealed class LiveQueries(NpgsqlDataSource db) : ILiveSource
{
    public async Task<RecentActivity> ReadAsync(IReadOnlyCollection<string> locationIds, DateTimeOffset since, DateTimeOffset until, DateTimeOffset activeSince, CancellationToken ct = default)
    {
        // Npgsql writes timestamptz from UTC DateTimes only.
        var args = new { locs = locationIds.ToArray(), since = since.UtcDateTime, until = until.UtcDateTime, active_since = activeSince.UtcDateTime };
        await using var conn = await db.OpenConnectionAsync(ct);
        var r = await conn.QuerySingleAsync<Row>(new CommandDefinition(SqlScripts.Live.LiveRecent, args, cancellationToken: ct));
        var window = new KpiAggregates
        {
            TotalLeads = r.Leads,
            Interactions = r.Interactions,
            Successes = r.Successes,
            P95ResponseMs = r.P95Ms,
            Appointments = r.Appointments,
            DealsClosed = r.Deals,
        };
        return new RecentActivity(window, r.ActiveConversations, r.EventsReceived,
            r.LastEventAt is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) : null);
    }

    private sealed record Row(
        long Leads, long Interactions, long Successes, double? P95Ms, long Appointments, long Deals,
        long ActiveConversations, long EventsReceived, DateTime? LastEventAt);
}
