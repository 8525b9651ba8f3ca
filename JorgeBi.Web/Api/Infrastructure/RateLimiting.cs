using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace JorgeBi.Web.Api.Infrastructure;

/// <summary>Named token-bucket policies; endpoints pick theirs with RequireRateLimiting(name).</summary>
public static class RateLimiting
{
    public const string Api = "api";
    public const string Ingest = "ingest";
    public const string Login = "login";

    public static IServiceCollection AddJorgeBiRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(Api, context => Bucket(ClientKey(context), options.Api));
            limiter.AddPolicy(Ingest, context => Bucket(ClientKey(context), options.Ingest));
            limiter.AddPolicy(Login, context => Bucket(RemoteIp(context), options.Login));
            limiter.OnRejected = async (rejected, ct) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
                rejected.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString();
                await ApiProblem.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests",
                    "The rate limit for this client was exceeded. Retry after the number of seconds in Retry-After.");
            };
        });
        return services;
    }

    private static RateLimitPartition<string> Bucket(string key, TokenBucket b) =>
        RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = b.TokenLimit,
            TokensPerPeriod = b.TokensPerPeriod,
            ReplenishmentPeriod = TimeSpan.FromSeconds(b.PeriodSeconds),
            QueueLimit = 0,
            AutoReplenishment = true,
        });

    // Partition by the presented key (hashed: limiter keys are kept in memory) so a bad key
    // cannot exhaust a good one's budget; anonymous callers by address.
    private static string ClientKey(HttpContext context)
    {
        var auth = context.Request.Headers.Authorization.ToString();
        return auth.Length > 0
            ? "key:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(auth)))[..16]
            : RemoteIp(context);
    }

    private static string RemoteIp(HttpContext context) => "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
}
