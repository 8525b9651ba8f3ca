using System.Collections.Concurrent;
using System.Diagnostics;

namespace JorgeBi.Bench.Support;

/// <summary>
/// Closed-loop HTTP load from outside the app: <c>connections</c> workers, each on its own
/// kept-alive connection, send the next request as soon as the previous answer is read.
/// Warm-up requests are sent but not recorded.
/// </summary>
public sealed class LoadGenerator(Uri baseAddress, string? apiKey)
{
    public async Task<LoadResult> RunAsync(
        string name, int connections, TimeSpan warmup, TimeSpan duration, Func<HttpRequestMessage> request)
    {
        using var client = Client(connections);
        var statuses = new ConcurrentDictionary<int, long>();
        var latencies = new List<double>[connections];
        var measureFrom = Stopwatch.GetTimestamp() + (long)(warmup.TotalSeconds * Stopwatch.Frequency);
        var stopAt = measureFrom + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, connections).Select(i => Task.Run(async () =>
        {
            var mine = latencies[i] = new List<double>(4096);
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                var started = Stopwatch.GetTimestamp();
                var status = await SendAsync(client, request());
                if (started < measureFrom) continue;
                mine.Add(Stats.Elapsed(started));
                statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            }
        }));
        await Task.WhenAll(workers);
        var all = latencies.SelectMany(l => l).Order().ToList();
        var errors = statuses.Where(s => s.Key is < 200 or >= 300).Sum(s => s.Value);
        return new LoadResult(name, connections, all.Count, errors, duration.TotalSeconds,
            Stats.Percentile(all, 0.50), Stats.Percentile(all, 0.95), Stats.Percentile(all, 0.99),
            new SortedDictionary<int, long>(statuses));
    }

    /// <summary>A client of its own for one run: the pool holds exactly <paramref name="connections"/> connections.</summary>
    public HttpClient Client(int connections)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            UseCookies = false,
            AllowAutoRedirect = false,
        };
        var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (apiKey is not null) client.DefaultRequestHeaders.Authorization = new("Bearer", apiKey);
        return client;
    }

    /// <summary>Sends and reads the whole body; the status code, or 0 when the request failed.</summary>
    public static async Task<int> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        try
        {
            using (request)
            using (var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead))
            {
                return (int)response.StatusCode;
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return 0;
        }
    }
}
