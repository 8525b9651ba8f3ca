namespace JorgeBi.Web.Api.Infrastructure;

/// <summary>A token bucket: <see cref="TokenLimit"/> requests in a burst, refilled by <see cref="TokensPerPeriod"/> every <see cref="PeriodSeconds"/>.</summary>
public sealed class TokenBucket
{
    public int TokenLimit { get; set; } = 100;
    public int TokensPerPeriod { get; set; } = 50;
    public double PeriodSeconds { get; set; } = 1;
}

/// <summary>Limits per named policy (configuration section "RateLimiting").</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Read endpoints, per API key (per client IP when anonymous).</summary>
    public TokenBucket Api { get; set; } = new();

    /// <summary>Ingestion, per API key: batches carry up to 1,000 events each.</summary>
    public TokenBucket Ingest { get; set; } = new() { TokenLimit = 50, TokensPerPeriod = 20 };

    /// <summary>Dashboard login, per client IP: strict, brute force is the threat.</summary>
    public TokenBucket Login { get; set; } = new() { TokenLimit = 5, TokensPerPeriod = 5, PeriodSeconds = 60 };
}
