namespace JorgeBi.Web.Resilience;

/// <summary>
/// Retries a read endpoint as a whole. Safe because a minimal-API handler only returns its
/// result; nothing is written to the response until the filter chain has finished.
/// </summary>
public sealed class RetryReadsFilter(ReadRetry retry) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        retry.ExecuteAsync(_ => next(context), context.HttpContext.RequestAborted);
}
