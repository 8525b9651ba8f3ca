using System.Text.Json;
using JorgeBi.Core.Events;
using JorgeBi.Data.Events;
using JorgeBi.Web.Api.Infrastructure;
using JorgeBi.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JorgeBi.Web.Api.Events;

public sealed record IngestResponse(long Accepted, long Duplicates);

public static class EventsApi
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 16 };

    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/events", PostEvents)
            .WithName("PostEvents")
            .WithSummary("Store one event or a batch of up to 1,000, idempotent on id")
            .WithDescription("An invalid batch is refused whole (400) with an error per field, e.g. `[3].data.salePrice`; nothing of it is stored.")
            .WithTags("Events")
            .Accepts<JsonElement>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .RequireAuthorization(ApiPolicies.EventsWrite)
            .RequireRateLimiting(RateLimiting.Ingest);
        return app;
    }

    private static async Task<Results<Accepted<IngestResponse>, ValidationProblem, ProblemHttpResult>> PostEvents(
        HttpRequest request, EventStore store, ApiCache cache, CancellationToken ct)
    {
        if (!request.HasJsonContentType())
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                detail: "Send the events as application/json.");
        }
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, DocumentOptions, ct);
        }
        catch (JsonException e)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["$"] = [$"Malformed JSON: {e.Message}"] });
        }
        using (document)
        {
            var batch = EventValidator.ValidateBatch(document.RootElement);
            if (!batch.IsValid) return TypedResults.ValidationProblem(batch.Errors.ToDictionary());
            var result = await store.IngestAsync(batch.Events, ct);
            foreach (var location in batch.Events.Select(e => e.LocationId).Distinct()) await cache.InvalidateLocationAsync(location, ct);
            return TypedResults.Accepted((string?)null, new IngestResponse(result.Accepted, result.Duplicates));
        }
    }
}
