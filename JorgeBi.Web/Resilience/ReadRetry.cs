using JorgeBi.Web.Api.Infrastructure;
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

    private readonly ResiliencePipeline _pipeline;

    public ReadRetry(TimeProvider time, ILogger<ReadRetry> logger)
    {
        _pipeline = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(ExceptionToProblem.IsDatabaseUnavailable),
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

    public ValueTask<T> ExecuteAsync<T>(Func<CancellationToken, ValueTask<T>> read, CancellationToken ct) =>
        _pipeline.ExecuteAsync(read, ct);
}
