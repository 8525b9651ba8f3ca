using Polly;
using Polly.Retry;

namespace JorgeBi.Web.Resilience;

/// <summary>
/// Runs a read again when the database was briefly unreachable: a restarted server leaves
/// broken connections in the pool, and a failover takes a moment. Only reads go through
/// here, because running one twice changes nothing. Ingestion is not retried in the app:
/// its sender gets 503 and retries, and the event id makes that safe.
/// </summary>
public sealed class ReadRetry
{
    public const int MaxRetries = 3;

    private static readonly ResiliencePropertyKey<Func<bool>> MayRetryKey = new("jorgebi.may-retry");

    private readonly ResiliencePipeline _pipeline;

    public ReadRetry(TimeProvider time, ILogger<ReadRetry> logger)
    {
        _pipeline = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is { } e && DatabaseOutage.IsUnavailable(e)
                    && (!args.Context.Properties.TryGetValue(MayRetryKey, out var mayRetry) || mayRetry())),
                MaxRetryAttempts = MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                Delay = TimeSpan.FromMilliseconds(100),
                UseJitter = true,
                OnRetry = args =>
                {
                    logger.LogInformation("Database read failed ({Reason}); retry {Attempt} of {Max}",
                        args.Outcome.Exception?.GetType().Name, args.AttemptNumber + 1, MaxRetries);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    /// <param name="mayRetry">Asked before each retry, e.g. whether the response is still unwritten.</param>
    public async ValueTask<T> ExecuteAsync<T>(Func<CancellationToken, ValueTask<T>> read, CancellationToken ct, Func<bool>? mayRetry = null)
    {
        var context = ResilienceContextPool.Shared.Get(ct);
        if (mayRetry is not null) context.Properties.Set(MayRetryKey, mayRetry);
        try
        {
            return await _pipeline.ExecuteAsync(static (c, r) => r(c.CancellationToken), context, read);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }
}
