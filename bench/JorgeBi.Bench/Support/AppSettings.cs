namespace JorgeBi.Bench.Support;

/// <summary>The configuration the app runs with under benchmark: ordinary keys, documented in BENCHMARKS.md.</summary>
public static class AppSettings
{
    /// <summary>Far above any load here: the throughput runs measure the app, not its limiter.</summary>
    private const string Unlimited = "1000000";

    public static IReadOnlyDictionary<string, string> For(string primary, string? read, bool raisedLimits)
    {
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Postgres"] = primary,
        };
        if (read is not null) settings["ConnectionStrings:PostgresRead"] = read;
        if (!raisedLimits) return settings;
        foreach (var policy in new[] { "Api", "Ingest" })
        {
            settings[$"RateLimiting:{policy}:TokenLimit"] = Unlimited;
            settings[$"RateLimiting:{policy}:TokensPerPeriod"] = Unlimited;
            settings[$"RateLimiting:{policy}:PeriodSeconds"] = "1";
        }
        return settings;
    }
}
