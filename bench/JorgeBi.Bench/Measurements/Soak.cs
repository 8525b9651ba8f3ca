using JorgeBi.Bench.Support;
using Microsoft.Playwright;

namespace JorgeBi.Bench.Measurements;

/// <summary>
/// Minutes of steady mixed use on the shipped rate limits: dashboard page loads, API reads,
/// ingestion, and live circuits refreshing on every batch, with the app's memory sampled
/// every 10 s. Halfway through, a second key floods the API past its quota and must get 429s.
/// </summary>
public sealed class Soak(AppProcess app, BenchOptions options, Report report)
{
    private const double PageLoadsPerSecond = 5;
    private const double ApiReadsPerSecond = 20;
    private const double BatchesPerSecond = 2;
    private const int EventsPerBatch = 10;
    private const int LiveCircuits = 10;
    private const int QuotaBurst = 300;
    private static readonly TimeSpan SampleEvery = TimeSpan.FromSeconds(10);

    private static readonly string[] Pages = ["/", "/revenue", "/bots", "/live"];
    private static readonly string[] ApiPaths =
    [
        "/api/bi/dashboard-kpis?timeframe=30d", "/api/bi/dashboard-kpis?timeframe=24h", "/api/bi/bot-performance?timeframe=7d",
        "/api/bi/revenue-intelligence?timeframe=90d", "/api/bi/real-time-metrics", "/api/bi/predictive-insights",
    ];

    public async Task RunAsync()
    {
        var duration = TimeSpan.FromMinutes(options.SoakMinutes);
        await using var browser = await DashboardBrowser.SignInAsync(app.BaseAddress, options.UserName, options.Password);
        var circuits = new List<IPage>();
        for (var i = 0; i < LiveCircuits; i++) circuits.Add(await browser.OpenDashboardAsync(i % 2 == 0 ? "/" : "/live"));
        var cookie = await browser.CookieHeaderAsync();

        var load = new LoadGenerator(app.BaseAddress, options.ApiKey);
        using var apiClient = load.Client(32);
        using var pageClient = new LoadGenerator(app.BaseAddress, apiKey: null).Client(16);
        var batches = new EventBatches(seed: 11);
        long n = 0;
        var streams = new[]
        {
            new PacedLoad(pageClient, PageLoadsPerSecond, () => PageRequest(Pages[Interlocked.Increment(ref n) % Pages.Length], cookie)),
            new PacedLoad(apiClient, ApiReadsPerSecond, () => LoadTable.Get(ApiPaths[Interlocked.Increment(ref n) % ApiPaths.Length])),
            new PacedLoad(apiClient, BatchesPerSecond, () => batches.Post(EventsPerBatch)),
        };
        using var stop = new CancellationTokenSource(duration);
        var running = streams.Select(s => s.RunAsync(stop.Token)).ToList();
        var samples = new List<(TimeSpan At, ProcessMemory Memory)>();
        var started = DateTime.UtcNow;
        IReadOnlyDictionary<int, long>? quota = null;
        while (!stop.IsCancellationRequested)
        {
            samples.Add((DateTime.UtcNow - started, app.Memory()));
            if (quota is null && DateTime.UtcNow - started >= duration / 2) quota = await FloodAsync();
            try { await Task.Delay(SampleEvery, stop.Token); }
            catch (OperationCanceledException) { break; }
        }
        await Task.WhenAll(running);
        samples.Add((DateTime.UtcNow - started, app.Memory()));
        quota ??= await FloodAsync();
        foreach (var page in circuits) await page.CloseAsync();
        Write(duration, streams, samples, quota);
    }

    // Three times the shipped Api bucket (100 burst, 50/s), all at once, with a key of its
    // own: the limiter answers before any handler runs, so the excess must be 429 at once.
    private async Task<IReadOnlyDictionary<int, long>> FloodAsync()
    {
        using var client = new LoadGenerator(app.BaseAddress, options.QuotaKey).Client(QuotaBurst);
        var statuses = await Task.WhenAll(Enumerable.Range(0, QuotaBurst).Select(_ => LoadGenerator.SendAsync(client, LoadTable.Get(ApiPaths[0]))));
        return statuses.GroupBy(x => x).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.LongCount());
    }

    private static HttpRequestMessage PageRequest(string path, string cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return request;
    }

    private void Write(TimeSpan duration, PacedLoad[] streams, List<(TimeSpan At, ProcessMemory Memory)> samples, IReadOnlyDictionary<int, long> quota)
    {
        string[] names = ["dashboard pages (cookie)", "API reads (bench key)", $"ingestion ({EventsPerBatch} events per batch)"];
        report.Section("Soak",
            $"{duration.TotalMinutes:0.#} min on the shipped rate limits: {PageLoadsPerSecond} dashboard page loads/s, {ApiReadsPerSecond} API reads/s, " +
            $"{BatchesPerSecond} ingestion batches/s of {EventsPerBatch} events, {LiveCircuits} live circuits open (refreshing on every batch). " +
            $"App memory sampled every {SampleEvery.TotalSeconds:0} s. Status 0: no answer within 60 s, or a broken connection.");
        report.Table(["stream", "requests", "statuses"], streams.Select((s, i) => (IReadOnlyList<string>)
            [names[i], Report.Number(s.Statuses.Values.Sum()), string.Join(", ", s.Statuses.OrderBy(x => x.Key).Select(x => $"{x.Key}: {x.Value}"))]));
        report.Table(["t (s)", "RSS MB", "private MB"], samples.Select(s => (IReadOnlyList<string>)
            [$"{s.At.TotalSeconds:0}", $"{s.Memory.RssMb:0.0}", $"{s.Memory.AnonKb / 1024.0:0.0}"]));
        // Growth is judged from the first third on: the first minutes fill caches and pools.
        var settled = samples[samples.Count / 3].Memory;
        var growthMb = (samples[^1].Memory.RssKb - settled.RssKb) / 1024.0;
        var quotaFailures = quota.Where(x => x.Key >= 500 || x.Key == 0).Sum(x => x.Value);
        var serverErrors = streams.Sum(s => s.Statuses.Where(x => x.Key >= 500 || x.Key == 0).Sum(x => x.Value)) + quotaFailures;
        report.Line($"Quota flood (second key, {QuotaBurst} requests at once, halfway): " + string.Join(", ", quota.Select(x => $"{x.Key}: {x.Value}")) + ".");
        report.Line($"RSS growth from t={samples[samples.Count / 3].At.TotalSeconds:0} s to the end: {growthMb:+0.0;-0.0} MB; 5xx or failed requests: {serverErrors}.");
        report.Target("No memory growth over the soak (<= 10 MB from the first third on)", growthMb <= 10, $"{growthMb:+0.0;-0.0} MB over {duration.TotalMinutes:0.#} min");
        report.Target("Soak without 5xx", serverErrors == 0, $"{serverErrors} 5xx or failed");
        var rejected = quota.GetValueOrDefault(429);
        report.Target("An over-quota client gets 429s, not errors", rejected > 0 && quotaFailures == 0, $"{rejected} x 429, {quotaFailures} x 5xx or failed");
    }
}
