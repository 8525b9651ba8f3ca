using JorgeBi.Bench.Measurements;
using JorgeBi.Bench.Support;
using JorgeBi.Data.Postgres;

// The benchmark of the performance goals: bench/bench.sh prepares the data, keys and user
// and passes them here. Each measurement writes its section of the result file as it ends.
var options = BenchOptions.Load(args);
const string Database = "jorgebi";

var cluster = new PostgresCluster(options.DataDirectory);
await cluster.StartAsync();
try
{
    var primary = cluster.ConnectionString(Database);
    var output = options.Output.Length > 0 ? options.Output : Path.Combine("bench", "results", $"{DateTime.UtcNow:yyyy-MM-dd}-{options.Scale}.md");
    var report = new Report(output, await Machine.HeaderAsync(options, primary, Environment.GetEnvironmentVariable("BENCH_COMMAND") ?? "bench/bench.sh"));
    Task<AppProcess> StartApp(string name, string? readConnection, bool raisedLimits) =>
        AppProcess.StartAsync(options.AppDll, name, AppSettings.For(primary, readConnection, raisedLimits));

    if (options.Runs("cached") || options.Runs("uncached") || options.Runs("ingestion") || options.Runs("screen"))
    {
        await using var app = await StartApp("load", null, raisedLimits: true);
        if (options.Runs("cached")) await new CachedEndpoints(app, options, report).RunAsync();
        if (options.Runs("uncached"))
        {
            var p95 = await new UncachedEndpoints(app, options, report).RunAsync("Uncached endpoints");
            foreach (var (connections, highest) in p95)
            {
                report.Target($"Uncached {UncachedEndpoints.Targeted} for any period p95 <= 50 ms, {connections} connection(s)", highest <= 50, $"highest p95 {Report.Ms(highest)} ms");
            }
        }
        if (options.Runs("ingestion"))
        {
            await using var database = new BenchDatabase(primary);
            await new Ingestion(app, options, report, database).RunAsync();
        }
        if (options.Runs("screen")) await new EventToScreen(app, options, report).RunAsync();
    }
    await using (var database = new BenchDatabase(primary))
    {
        if (options.Runs("rollups")) await new RollupSpeedup(database, report).RunAsync();
        if (options.Runs("plans")) await new QueryPlans(database, report).RunAsync();
    }
    if (options.Runs("circuits") || options.Runs("soak"))
    {
        await using var app = await StartApp("soak", null, raisedLimits: false);
        if (options.Runs("circuits")) await new CircuitMemory(app, options, report).RunAsync();
        if (options.Runs("soak")) await new Soak(app, options, report).RunAsync();
    }
    if (options.Runs("standby"))
    {
        await new HotStandby(cluster, Database, options, report).RunAsync((name, read) => StartApp(name, read, raisedLimits: true));
    }
    report.Save();
    Console.WriteLine($"Results: {Path.GetFullPath(output)}");
}
finally
{
    await cluster.StopAsync();
}
