namespace JorgeBi.Web.Resilience;

/// <summary>
/// Retries a read endpoint as a whole. Safe while nothing of the answer was written: a
/// handler that returns its result writes only after the chain has finished, but one that
/// streams (the CSV export) may fail halfway, and then it is not run again.
/// </summary>
public sealed class RetryReadsFilter(ReadRetry retry) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        retry.ExecuteAsync(_ => next(context), context.HttpContext.RequestAborted, () => !context.HttpContext.Response.HasStarted);
}
