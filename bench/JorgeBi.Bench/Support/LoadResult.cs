namespace JorgeBi.Bench.Support;

/// <summary>One load point: requests/s, latency percentiles (ms), failures and status codes seen.</summary>
public sealed record LoadResult(
    string Name, int Connections, long Requests, long Errors, double Seconds,
    double P50, double P95, double P99, IReadOnlyDictionary<int, long> Statuses)
{
    public double Rps => Requests / Seconds;

    public long ServerErrors => Statuses.Where(s => s.Key >= 500).Sum(s => s.Value);

    public long Count(int status) => Statuses.GetValueOrDefault(status);
}
