using Microsoft.Extensions.Configuration;

namespace JorgeBi.Bench.Support;

/// <summary>What to measure and how long; from --Name value switches (bench.sh passes them).</summary>
public sealed class BenchOptions
{
    /// <summary>The published app (JorgeBi.Web.dll), started as a separate process.</summary>
    public string AppDll { get; set; } = "";

    /// <summary>The bench database's embedded cluster home (Database:DataDirectory of the seed run).</summary>
    public string DataDirectory { get; set; } = "";

    /// <summary>
    /// Written by the first ingestion run on the database: its events occur on the day it ran,
    /// so from then on uncached periods ending that day read them, not only the seeded data.
    /// </summary>
    public string IngestedMarker => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(DataDirectory))!, "ingested");

    public string Scale { get; set; } = "medium";

    /// <summary>bi:read + events:write key the load runs under (its rate limits are raised).</summary>
    public string ApiKey { get; set; } = "";

    /// <summary>A second bi:read key the soak drives over its quota.</summary>
    public string QuotaKey { get; set; } = "";

    public string UserName { get; set; } = "bench";
    public string Password { get; set; } = "";

    /// <summary>Measured seconds per load point, after <see cref="WarmupSeconds"/> of unrecorded load.</summary>
    public int Seconds { get; set; } = 10;
    public int WarmupSeconds { get; set; } = 3;

    public double SoakMinutes { get; set; } = 10;

    /// <summary>Open dashboard circuits per step, e.g. "50,200".</summary>
    public string Circuits { get; set; } = "50,200";

    /// <summary>Comma-separated measurement names to run; empty runs all.</summary>
    public string Only { get; set; } = "";

    public string Output { get; set; } = "";

    public IReadOnlyList<int> CircuitCounts => Circuits.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();

    public TimeSpan Duration => TimeSpan.FromSeconds(Seconds);
    public TimeSpan Warmup => TimeSpan.FromSeconds(WarmupSeconds);

    public bool Runs(string measurement) =>
        Only.Length == 0 || Only.Split(',', StringSplitOptions.TrimEntries).Contains(measurement, StringComparer.OrdinalIgnoreCase);

    public static BenchOptions Load(string[] args)
    {
        var options = new ConfigurationBuilder().AddCommandLine(args).Build().Get<BenchOptions>() ?? new BenchOptions();
        if (!File.Exists(options.AppDll)) throw new ArgumentException($"--AppDll: {options.AppDll} does not exist (publish JorgeBi.Web first).");
        if (!Directory.Exists(options.DataDirectory)) throw new ArgumentException($"--DataDirectory: {options.DataDirectory} does not exist (seed first).");
        if (options.ApiKey.Length == 0 || options.QuotaKey.Length == 0 || options.Password.Length == 0)
            throw new ArgumentException("--ApiKey, --QuotaKey and --Password are required (bench.sh creates them).");
        return options;
    }
}
