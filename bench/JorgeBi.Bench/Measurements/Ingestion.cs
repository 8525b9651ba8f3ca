using Dapper;
using JorgeBi.Bench.Support;

namespace JorgeBi.Bench.Measurements;

/// <summary>
/// POST /api/events as CRMs send them (one event per request) at 1, 16 and 64 senders, and
/// in batches of 100 and 1,000; events stored counted in the database. Then the aggregator's
/// lag while 2,000 single events/s arrive, and the bulk seeder's rate.
/// </summary>
public sealed class Ingestion(AppProcess app, BenchOptions options, Report report, BenchDatabase database)
{
    private static readonly (int Senders, int BatchSize)[] Points = [(1, 1), (16, 1), (64, 1), (16, 100), (16, 1000)];
    private const double LagRate = 2_000;

    // A CRM posts to an app that has been up for hours. In its first ~15 s under this load the
    // app spent two to five times the CPU per event that it spends later (BENCHMARKS.md).
    private static readonly TimeSpan AppWarmup = TimeSpan.FromSeconds(20);

    // Senders of the other measurements that post events alongside their own load.
    public const int Connections = 4;

    public async Task RunAsync()
    {
        report.Section("Ingestion",
            $"New events (the demo simulator's mix, unique ids, occurring now) POSTed by N senders, {options.WarmupSeconds} s warm-up " +
            $"then {options.Seconds} s measured per point. A request is answered 202 once its events are durable in the event log " +
            "(group commit); the aggregator applies them afterwards. \"stored/s\" counts the rows the database gained over the " +
            "whole point (warm-up included) divided by its duration; \"acknowledged/s\" counts 202s in the measured window. " +
            $"Before the first point the app is warmed by {AppWarmup.TotalSeconds:0} s of single events from 16 senders (not recorded).");
        if (!File.Exists(options.IngestedMarker)) await File.WriteAllTextAsync(options.IngestedMarker, $"{DateTime.UtcNow:yyyy-MM-dd HH:mm}");
        var load = new LoadGenerator(app.BaseAddress, options.ApiKey);
        var batches = new EventBatches();
        await load.RunAsync("warm-up", 16, AppWarmup, TimeSpan.Zero, () => batches.Post(1));
        var baseline = await load.RunAsync(LoadTable.BaselinePath, 16, options.Warmup, options.Duration, () => LoadTable.Get(LoadTable.BaselinePath));
        var headers = LoadTable.Headers.Concat(["acknowledged/s", "stored/s"]).ToList();
        var rows = new List<IReadOnlyList<string>> { LoadTable.Row(baseline, baseline).Concat(["-", "-"]).ToList() };
        LoadResult? single16 = null;
        double stored16 = 0, stored100 = 0;
        foreach (var (senders, size) in Points)
        {
            // Each point starts with the log applied, so no point pays for the last one's backlog.
            await CatchUpAsync();
            var logEnd = await LogEndAsync();
            var started = DateTime.UtcNow;
            var result = await load.RunAsync($"POST /api/events ({size:#,0} per request)", senders, options.Warmup, options.Duration, () => batches.Post(size));
            var elapsed = DateTime.UtcNow - started;
            var stored = await StoredAfterAsync(logEnd) / elapsed.TotalSeconds;
            if (senders == 16 && size == 1) (single16, stored16) = (result, stored);
            if (size == 100) stored100 = stored;
            rows.Add([.. LoadTable.Row(result, baseline), Report.Number(result.Count(202) * size / result.Seconds), Report.Number(stored)]);
        }
        report.Table(headers, rows);
        report.Target("Single events, 16 senders: >= 2,000 events/s stored, p99 <= 50 ms, 0 errors",
            stored16 >= 2_000 && single16!.P99 <= 50 && single16.Errors == 0,
            $"{Report.Number(stored16)} events/s, p99 {Report.Ms(single16!.P99)} ms, {single16.Errors} errors");
        report.Line($"Batches of 100: {Report.Number(stored100)} events/s stored.");
        var (backlog, seconds) = await CatchUpAsync();
        report.Line($"After the last point the aggregator applied its backlog of {backlog:N0} events in {seconds:F1} s " +
            $"({Report.Number(backlog / Math.Max(seconds, 0.001))} events/s) with no load.");
        await MeasureLagAsync(load, batches);
        ReportSeeder();
    }

    // Open-loop single events at LagRate while the aggregator's lag is sampled every 20 ms.
    private async Task MeasureLagAsync(LoadGenerator load, EventBatches batches)
    {
        var client = load.Client(64);
        var paced = new PacedLoad(client, LagRate, () => batches.Post(1));
        using var stop = new CancellationTokenSource(options.Duration + options.Warmup);
        var sending = paced.RunAsync(stop.Token);
        await Task.Delay(options.Warmup);
        var lags = new List<double>();
        var events = new List<long>();
        await using var conn = await database.DataSource.OpenConnectionAsync();
        while (!sending.IsCompleted)
        {
            var (behind, ms) = await conn.QuerySingleAsync<(long, double)>(
                """
                select coalesce((select max(seq) from event), 0) - s.applied_seq,
                       coalesce((select extract(epoch from clock_timestamp() - received_at) * 1000
                                 from event where seq > s.applied_seq order by seq limit 1), 0)::double precision
                from log_state s
                """);
            lags.Add(ms);
            events.Add(behind);
            await Task.Delay(20);
        }
        await sending;
        var sorted = lags.Order().ToList();
        var accepted = paced.Statuses.GetValueOrDefault(202);
        var sent = paced.Statuses.Values.Sum();
        report.Line($"Aggregator lag while {Report.Number(LagRate)} single events/s arrive ({sorted.Count} samples every 20 ms; " +
            $"{accepted:N0} of {sent:N0} requests answered 202): age of the oldest unapplied event p50 {Report.Ms(Stats.Percentile(sorted, 0.5))} ms, " +
            $"p95 {Report.Ms(Stats.Percentile(sorted, 0.95))} ms, max {Report.Ms(sorted.LastOrDefault())} ms; " +
            $"events behind p95 {Stats.Percentile(events.Select(e => (double)e).Order().ToList(), 0.95):N0}.");
        report.Target("Aggregator lag p95 <= 250 ms at 2,000 events/s", Stats.Percentile(sorted, 0.95) <= 250,
            $"p95 {Report.Ms(Stats.Percentile(sorted, 0.95))} ms");
    }

    // Waits until the aggregator has applied the whole log; returns the backlog it found and the seconds it took.
    private async Task<(long Backlog, double Seconds)> CatchUpAsync()
    {
        await using var conn = await database.DataSource.OpenConnectionAsync();
        const string Behind = "select coalesce((select max(seq) from event), 0) - applied_seq from log_state";
        var backlog = await conn.ExecuteScalarAsync<long>(Behind);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (await conn.ExecuteScalarAsync<long>(Behind) > 0 && clock.Elapsed < TimeSpan.FromMinutes(10)) await Task.Delay(50);
        return (backlog, clock.Elapsed.TotalSeconds);
    }

    // The log's last position; the rows after it are what a point stored (an index range, where
    // counting the whole log took over a second on large and used to fall inside the point's time).
    private async Task<long> LogEndAsync()
    {
        await using var conn = await database.DataSource.OpenConnectionAsync();
        return await conn.ExecuteScalarAsync<long>("select coalesce(max(seq), 0) from event");
    }

    private async Task<long> StoredAfterAsync(long logEnd)
    {
        await using var conn = await database.DataSource.OpenConnectionAsync();
        return await conn.ExecuteScalarAsync<long>("select count(*) from event where seq > @logEnd", new { logEnd });
    }

    // bench.sh keeps the seed command's output; its last line carries the end-to-end rate.
    private void ReportSeeder()
    {
        var log = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.DataDirectory))!, "seed.log");
        var line = File.Exists(log)
            ? File.ReadAllText(log).Split('\n', '\r').LastOrDefault(l => l.Contains("Seeded ", StringComparison.Ordinal))
            : null;
        if (line is null)
        {
            report.Line("Bulk seeder: no seed log beside the data directory (the database was seeded elsewhere).");
            return;
        }
        report.Line($"Bulk seeder (`seed --scale {options.Scale}`, when the bench database was created): `{line.Trim()}`");
        var rate = System.Text.RegularExpressions.Regex.Match(line, @"\((\d+) events/s\)");
        if (rate.Success)
        {
            var perSecond = double.Parse(rate.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            report.Target("Bulk ingestion (seeder) >= 20,000 events/s", perSecond >= 20_000, $"{Report.Number(perSecond)} events/s end to end");
        }
    }
}
