using System.Text.Json;
using JorgeBi.Core.Events;
using JorgeBi.Data.Events;
using JorgeBi.Web.Api.Infrastructure;
using JorgeBi.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JorgeBi.Web.Api.Events;

/// <summary>
/// What the log did with a request: events new to it, events it already had, and the
/// highest log position among them. The numbers include them once an answer's
/// <c>data_as_of.seq</c> is at least <paramref name="Seq"/>.
/// </summary>
public sealed record IngestResponse(long Accepted, long Duplicates, long Seq);

public static class EventsApi
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 16 };

    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/events", PostEvents)
            .WithName("PostEvents")
            .WithSummary("Store one event or a batch of up to 1,000, idempotent on id")
            .WithDescription("Answers 202 once the events are durable in the event log, with the log position `seq` of the batch; " +
                "the numbers include them once `data_as_of.seq` of an answer reaches it. An invalid batch is refused whole (400) " +
                "with an error per field, e.g. `[3].data.salePrice`; nothing of it is stored. An `id` already stored with other " +
                "content refuses the whole request (409) naming it.")
            .WithTags("Events")
            .Accepts<JsonElement>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .RequireAuthorization(ApiPolicies.EventsWrite)
            .RequireRateLimiting(RateLimiting.Ingest);
        return app;
    }

    private static async Task<Results<Accepted<IngestResponse>, ValidationProblem, ProblemHttpResult>> PostEvents(
        HttpRequest request, GroupCommit appends, CancellationToken ct)
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
            if (OutsideTheKeysLocations(request.HttpContext.User, batch.Events) is { } refused) return refused;
            var result = await appends.AppendAsync(batch.Events, ct);
            if (result.Refused) return Conflict(batch.Events, result.Conflicts);
            return TypedResults.Accepted((string?)null, new IngestResponse(result.Accepted, result.Duplicates, result.Seq ?? 0));
        }
    }

    // A key limited to some locations writes only for them; the whole batch is refused, like an invalid one.
    private static ProblemHttpResult? OutsideTheKeysLocations(System.Security.Claims.ClaimsPrincipal key, IReadOnlyList<BiEvent> events)
    {
        var errors = new Dictionary<string, object?>();
        for (var i = 0; i < events.Count; i++)
        {
            if (!LocationAccess.MaySee(key, events[i].LocationId)) errors[$"[{i}].locationId"] = new[] { $"This key may not write events for location '{events[i].LocationId}'." };
        }
        return errors.Count == 0 ? null : TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Location not allowed",
            detail: $"This key writes events only for {LocationAccess.GrantOf(key)}. Nothing of this request was stored.",
            extensions: new Dictionary<string, object?> { ["errors"] = errors });
    }

    // Names each refused id by its place in the request, as validation errors do.
    private static ProblemHttpResult Conflict(IReadOnlyList<BiEvent> events, IReadOnlyList<Guid> ids)
    {
        var errors = new Dictionary<string, object?>();
        for (var i = 0; i < events.Count; i++)
        {
            if (ids.Contains(events[i].Id)) errors[$"[{i}].id"] = new[] { $"Event {events[i].Id} is already stored with other content." };
        }
        return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Event id already used",
            detail: $"Already stored with other content: {string.Join(", ", ids)}. Nothing of this request was stored; " +
                    "send new events with new ids.",
            extensions: new Dictionary<string, object?> { ["errors"] = errors });
    }
}
