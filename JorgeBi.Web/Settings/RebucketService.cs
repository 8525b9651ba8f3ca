using JorgeBi.Core.Settings;
using JorgeBi.Data.Settings;
using JorgeBi.Web.Alerts;

namespace JorgeBi.Web.Settings;

/// <summary>
/// Every instance watches the queued time-zone moves each second (for the banners) and offers
/// to run them. Running takes the aggregator's lock, so one instance runs a move while the
/// others wait for the lock and then find nothing left; watching goes on meanwhile.
/// </summary>
public sealed class RebucketService(RebucketJobs jobs, RebucketMonitor monitor, TimeProvider clock, ILogger<RebucketService> log)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        return Task.WhenAll(
            PeriodicRounds.RunAsync(Interval, clock, async ct => monitor.Update(await jobs.ActiveAsync(ct)), log, "Watching time-zone moves", stoppingToken),
            PeriodicRounds.RunAsync(Interval, clock, RunQueuedAsync, log, "Moving a location to its time zone", stoppingToken));
    }

    private async Task RunQueuedAsync(CancellationToken ct)
    {
        if (monitor.Active.Count == 0) return;
        while (await jobs.RunNextAsync(Progress, ct) is { } done)
        {
            if (done.Error is null) log.LogInformation("Location {Location} moved from {From} to {To}", done.LocationId, done.FromTimeZone, done.ToTimeZone);
            else log.LogWarning("Location {Location} could not move from {From} to {To}: {Error}", done.LocationId, done.FromTimeZone, done.ToTimeZone, done.Error);
            monitor.Update(await jobs.ActiveAsync(ct));
        }
    }

    private Task Progress(RebucketJob job, CancellationToken ct)
    {
        monitor.Update(job);
        return Task.CompletedTask;
    }
}
