namespace JorgeBi.Bench.Support;

/// <summary>The one table shape of every HTTP load point: figures and the ratio to the same run's baseline.</summary>
public static class LoadTable
{
    public const string BaselinePath = "/health/live";

    public static readonly IReadOnlyList<string> Headers =
        ["endpoint", "connections", "requests/s", "p50 ms", "p95 ms", "p99 ms", "errors", "req/s vs baseline", "p95 vs baseline"];

    public static IReadOnlyList<string> Row(LoadResult r, LoadResult baseline) =>
    [
        $"`{r.Name}`", r.Connections.ToString(), Report.Number(r.Rps), Report.Ms(r.P50), Report.Ms(r.P95), Report.Ms(r.P99),
        r.Errors == 0 ? "0" : $"{r.Errors} ({Statuses(r)})",
        Report.Ratio(r.Rps / baseline.Rps), Report.Ratio(r.P95 / baseline.P95),
    ];

    public static HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);

    private static string Statuses(LoadResult r) =>
        string.Join(", ", r.Statuses.Where(s => s.Key is < 200 or >= 300).Select(s => $"{(s.Key == 0 ? "failed" : s.Key.ToString())}: {s.Value}"));
}
