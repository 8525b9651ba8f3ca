using System.Text.Json;
using Dapper;
using JorgeBi.Core.Live;
using JorgeBi.Data.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace JorgeBi.Data.ChangeFeed;

/// <summary>
/// Listens on channel jorgebi_events over a dedicated connection and turns notifications
/// into <see cref="LiveUpdates"/> changes. When the connection drops it reconnects with
/// backoff and catches up from the event log between its high-water mark
/// and the aggregator's position, so a change
/// committed while it was away is still delivered. Every app instance listens, so an event
/// stored through any instance reaches the pages of all of them.
/// </summary>
public sealed class ChangeFeedListener(
    AppDatabase database, LiveUpdates updates, ChangeFeedState state, ILogger<ChangeFeedListener> logger) : BackgroundService
{
    public const string Channel = "jorgebi_events";
    public const string ApplicationName = "jorgebi-change-feed";
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.FromMilliseconds(250);
        var first = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { KeepAlive = 10, Pooling = false, ApplicationName = ApplicationName }.ConnectionString);
                await conn.OpenAsync(stoppingToken);
                conn.Notification += (_, e) => OnNotification(e.Payload);
                await using (var listen = new NpgsqlCommand($"listen {Channel}", conn)) await listen.ExecuteNonQueryAsync(stoppingToken);
                if (first) state.HighWaterMark = await conn.ExecuteScalarAsync<long>("select applied_seq from log_state");
                else await CatchUpAsync(conn, stoppingToken);
                first = false;
                state.Listening = true;
                state.LastError = null;
                backoff = TimeSpan.FromMilliseconds(250);
                logger.LogInformation("Change feed listening on {Channel} from sequence {Seq}", Channel, Interlocked.Read(ref state.HighWaterMark));
                while (!stoppingToken.IsCancellationRequested) await conn.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is NpgsqlException or IOException or TimeoutException or InvalidOperationException)
            {
                state.Listening = false;
                state.LastError = e.GetType().Name;
                Interlocked.Increment(ref state.Reconnects);
                logger.LogWarning("Change feed connection lost ({Error}); reconnecting in {Delay} ms", e.Message, backoff.TotalMilliseconds);
                await Task.Delay(backoff, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                backoff = TimeSpan.FromTicks(Math.Min(MaxBackoff.Ticks, backoff.Ticks * 2));
            }
        }
        state.Listening = false;
    }

    private void OnNotification(string payload)
    {
        state.LastNotificationAt = DateTimeOffset.UtcNow;
        try
        {
            var n = JsonSerializer.Deserialize<Payload>(payload);
            if (n?.locations is null) return;
            var after = Advance(n.max_seq);
            foreach (var location in n.locations) updates.Publish(new LiveChange(location, n.kinds ?? [], after, n.max_seq));
        }
        catch (JsonException e)
        {
            logger.LogWarning(e, "Ignored a malformed change-feed payload");
        }
    }

    // Whatever was applied while the connection was down, per location, as one change each.
    private async Task CatchUpAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        var hwm = Interlocked.Read(ref state.HighWaterMark);
        var missed = await conn.QueryAsync<MissedRow>(new CommandDefinition(
            """
            select location_id, array_agg(distinct type) as kinds, max(seq) as max_seq from event
            where seq > @hwm and seq <= (select applied_seq from log_state)
            group by location_id
            """,
            new { hwm }, cancellationToken: ct));
        foreach (var m in missed)
        {
            Advance(m.MaxSeq);
            updates.Publish(new LiveChange(m.LocationId, m.Kinds, hwm, m.MaxSeq));
            logger.LogInformation("Change feed caught up {Location} to sequence {Seq}", m.LocationId, m.MaxSeq);
        }
    }

    /// <summary>Moves the high-water mark up to <paramref name="seq"/>; returns where it was.</summary>
    private long Advance(long seq)
    {
        while (true)
        {
            var current = Interlocked.Read(ref state.HighWaterMark);
            if (seq <= current || Interlocked.CompareExchange(ref state.HighWaterMark, seq, current) == current) return Math.Min(current, seq);
        }
    }

    // A class, not a record: Dapper binds a text[] column to a property but not to a constructor.
    private sealed class MissedRow
    {
        public string LocationId { get; init; } = "";
        public string[] Kinds { get; init; } = [];
        public long MaxSeq { get; init; }
    }

#pragma warning disable IDE1006 // The payload's member names are the JSON keys the SQL writes.
    private sealed record Payload(string[]? locations, string[]? kinds, long max_seq);
#pragma warning restore IDE1006
}
