using System.Collections.Concurrent;
using System.Diagnostics;

namespace JorgeBi.Bench.Support;

/// <summary>
/// Open-loop load at a steady rate: a request is started every 1/rate seconds whether or not
/// earlier ones have answered (as independent users would), and every status is counted.
/// </summary>
public sealed class PacedLoad(HttpClient client, double perSecond, Func<HttpRequestMessage> request)
{
    public ConcurrentDictionary<int, long> Statuses { get; } = new();

    public async Task RunAsync(CancellationToken stop)
    {
        var interval = TimeSpan.FromSeconds(1 / perSecond);
        var inFlight = new List<Task>();
        var started = Stopwatch.GetTimestamp();
        for (long n = 0; !stop.IsCancellationRequested; n++)
        {
            inFlight.Add(SendAsync());
            inFlight.RemoveAll(t => t.IsCompleted);
            var due = interval * (n + 1) - Stopwatch.GetElapsedTime(started);
            if (due > TimeSpan.Zero)
            {
                try { await Task.Delay(due, stop); }
                catch (OperationCanceledException) { break; }
            }
        }
        await Task.WhenAll(inFlight);
    }

    private async Task SendAsync()
    {
        var status = await LoadGenerator.SendAsync(client, request());
        Statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
    }
}
