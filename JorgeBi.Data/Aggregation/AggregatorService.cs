using System.Diagnostics;
using Dapper;
using JorgeBi.Data.Events;
using JorgeBi.Data.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace JorgeBi.Data.Aggregation;

/// <summary>
/// The one aggregator per database. Every instance runs this service; the one holding the
/// session advisory lock "jorgebi.aggregator" on its dedicated connection is the leader and
/// applies the log, the others wait to take over if that connection goes away. The leader
/// applies at once when this instance appended something, and polls for other instances'
/// appends; while events keep coming, a step starts at most once per batch window, and a
/// backlog is applied step after step without waiting. It applies on the
/// connection that holds the lock: if that connection dies, the step in flight rolls back
/// and the leadership is gone with it, so an instance never applies without being leader
/// (and the session keeps its planned statements warm from step to step).
/// </summary>
public sealed class AggregatorService(
    AppDatabase database, LogAggregator aggregator, GroupCommit appends, AggregatorState state,
    IOptions<AggregatorOptions> options, ILogger<AggregatorService> logger) : BackgroundService
{
    public const string ApplicationName = "jorgebi-aggregator";
    private static readonly TimeSpan StandbyRetry = TimeSpan.FromSeconds(2);
    private readonly SemaphoreSlim _wake = new(0, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        appends.Appended += Wake;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await using var leader = await ElectAsync(stoppingToken);
                    if (leader is null)
                    {
                        state.Role = "standby";
                        await Task.Delay(StandbyRetry, stoppingToken);
                        continue;
                    }
                    state.Role = "leader";
                    logger.LogInformation("Aggregator elected: this instance applies the event log");
                    await LeadAsync(leader, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    break;
                }
                catch (Exception e) when (e is NpgsqlException or IOException or TimeoutException or InvalidOperationException)
                {
                    state.Role = "failing";
                    state.LastError = e.Message;
                    logger.LogWarning("Aggregator paused ({Error}); retrying", e.Message);
                    await Task.Delay(StandbyRetry, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                }
            }
        }
        finally
        {
            appends.Appended -= Wake;
            state.Role = "stopped";
        }
    }

    /// <summary>A connection holding the leader lock, or null when another instance holds it.</summary>
    private async Task<NpgsqlConnection?> ElectAsync(CancellationToken ct)
    {
        var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString)
        {
            KeepAlive = 10, Pooling = false, ApplicationName = ApplicationName,
        }.ConnectionString);
        await conn.OpenAsync(ct);
        if (await conn.ExecuteScalarAsync<bool>("select pg_try_advisory_lock(hashtext('jorgebi.aggregator'))")) return conn;
        await conn.DisposeAsync();
        return null;
    }

    private async Task LeadAsync(NpgsqlConnection leader, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            var started = Stopwatch.GetTimestamp();
            var step = await aggregator.ApplyNextAsync(leader, ct: ct);
            Telemetry.JorgeBiMeter.EventsApplied.Add(step.Applied);
            state.LastError = null;
            if (step.Backlog > 0) continue;
            await _wake.WaitAsync(options.Value.PollInterval, ct);
            if (step.Applied == 0) continue;
            var rest = options.Value.BatchWindow - Stopwatch.GetElapsedTime(started);
            if (rest > TimeSpan.Zero) await Task.Delay(rest, ct);
        }
    }

    private void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken: one step applies everything appended so far.
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }
}
