using JorgeBi.Bench.Support;

namespace JorgeBi.Bench.Measurements;

/// <summary>Events/s through POST /api/events in batches of 1, 100 and 1,000, and the bulk seeder's rate.</summary>
public sealed class Ingestion(AppProcess app, BenchOptions options, Report report)
{
    public const int Connections = 4;
    private static readonly int[] BatchSizes = [1, 100, 1000];

    public async Task RunAsync()
    {
        report.Section("Ingestion",
            $"New events (the demo simulator's mix, unique ids, occurring now) POSTed by {Connections} connections, " +
            $"{options.WarmupSeconds} s warm-up then {options.Seconds} s measured per batch size. Each batch is one transaction: " +
            "the event log, the facts and the rollups it changes, then NOTIFY and cache invalidation.");
        var load = new LoadGenerator(app.BaseAddress, options.ApiKey);
        var batches = new EventBatches();
        var baseline = await load.RunAsync(LoadTable.BaselinePath, Connections, options.Warmup, options.Duration, () => LoadTable.Get(LoadTable.BaselinePath));
        var rows = new List<IReadOnlyList<string>>();
        var headers = LoadTable.Headers.Append("events/s").ToList();
        rows.Add([.. LoadTable.Row(baseline, baseline), "-"]);
        double eventsPerSecondAt100 = 0;
        foreach (var size in BatchSizes)
        {
            var result = await load.RunAsync($"POST /api/events ({size:#,0} per batch)", Connections, options.Warmup, options.Duration, () => batches.Post(size));
            var eventsPerSecond = result.Count(202) * size / result.Seconds;
            if (size == 100) eventsPerSecondAt100 = eventsPerSecond;
            rows.Add([.. LoadTable.Row(result, baseline), Report.Number(eventsPerSecond)]);
        }
        report.Table(headers, rows);
        report.Target("Ingestion through the API >= 2,000 events/s in batches of 100", eventsPerSecondAt100 >= 2_000, $"{Report.Number(eventsPerSecondAt100)} events/s");
        ReportSeeder();
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
