using System.Text.Json;
using JorgeBi.Core.Settings;
using JorgeBi.Data.Settings;
using JorgeBi.Web.Api.Infrastructure;
using JorgeBi.Web.Settings;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JorgeBi.Web.Api.Settings;

/// <summary>
/// The owner's settings over the API, for admin keys: the same saves as the settings page
/// and the command line, audited with the key as actor.
/// </summary>
public static class SettingsApi
{
    private static readonly JsonSerializerOptions BodyOptions = JsonBody.Options(maxDepth: 4);

    public const string Prefix = "/api/settings";

    /// <summary>
    /// Maps every settings endpoint (this file's and <see cref="AlertSettingsApi"/>'s) on one
    /// group that carries what they all share: the admin scope, the api rate limit and the
    /// keyed errors.
    /// </summary>
    public static IEndpointRouteBuilder MapSettingsApi(this IEndpointRouteBuilder app)
    {
        var settings = app.MapGroup(Prefix).WithTags("Settings").WithAdminConventions();
        settings.MapGet("/locations", GetLocations)
            .WithName("GetLocationSettings")
            .WithSummary("Every location's name, time zone, commission rate and monthly commission target; is_new until an owner saves them");
        settings.MapGet("/locations/{locationId}", GetLocation)
            .WithName("GetOneLocationSettings")
            .WithSummary("One location's settings")
            .ProducesProblem(StatusCodes.Status404NotFound);
        settings.MapPut("/locations/{locationId}", PutLocation)
            .WithName("PutLocationSettings")
            .WithSummary("Create a location or change its settings, and confirm them")
            .WithDescription("Members left out keep their value (a new location takes the defaults: America/Los_Angeles, 0.06, 150000). " +
                             "A changed time_zone of a location with history is queued: the answer is 202 with `rebucket` in state queued, the history is re-bucketed " +
                             "in the background (GET the location for `rebucket.progress`), and time_zone changes when that completes. While it runs, a save answers 409. " +
                             "A changed commission_rate applies to deals closed from then on, never to commissions already earned.")
            .Accepts<LocationSettingsBody>("application/json")
            .Produces<LocationSettings>(StatusCodes.Status201Created)
            .Produces<LocationSettings>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        settings.MapGet("/bots", GetBots)
            .WithName("GetBotSettings")
            .WithSummary("Every bot's name, p95 response target (ms) and success-rate target");
        settings.MapPut("/bots/{botId}", PutBot)
            .WithName("PutBotSettings")
            .WithSummary("Change a bot's name or targets (bots appear when events name them)")
            .Accepts<BotSettingsBody>("application/json")
            .WithBodyConventions();
        settings.MapGet("/sources", GetSources)
            .WithName("GetSourceSettings")
            .WithSummary("Every lead source's display name");
        settings.MapPut("/sources/{sourceId}", PutSource)
            .WithName("PutSourceSettings")
            .WithSummary("Rename a lead source (sources appear when events name them)")
            .Accepts<SourceSettingsBody>("application/json")
            .WithBodyConventions();
        settings.MapAlertSettingsApi();
        return app;
    }

    private static async Task<Ok<IReadOnlyList<LocationSettings>>> GetLocations(SettingsStore store, CancellationToken ct) =>
        TypedResults.Ok(await store.ListLocationsAsync(ct));

    private static async Task<Results<Ok<LocationSettings>, ProblemHttpResult>> GetLocation(string locationId, SettingsStore store, CancellationToken ct) =>
        await store.FindLocationAsync(locationId, ct) is { } location ? TypedResults.Ok(location) : ApiAnswer.UnknownLocation(locationId);

    private static async Task<Results<Ok<LocationSettings>, Created<LocationSettings>, Accepted<LocationSettings>, ValidationProblem, ProblemHttpResult>> PutLocation(
        string locationId, HttpRequest http, SettingsEditor editor, CancellationToken ct)
    {
        var read = await JsonBody.ReadAsync<LocationSettingsBody>(http, BodyOptions, ct);
        if (read.Invalid is not null) return read.Invalid;
        if (read.Unsupported is not null) return read.Unsupported;
        var saved = await editor.SaveLocationAsync(locationId, read.Body!.ToChange(), AuditCaller.Actor(http), AuditCaller.RemoteIp(http), ct);
        return saved.Outcome switch
        {
            SaveOutcome.Invalid => TypedResults.ValidationProblem(saved.Errors),
            SaveOutcome.Conflict => StillMoving(saved.Errors),
            SaveOutcome.Created => TypedResults.Created($"/api/settings/locations/{locationId}", saved.Saved),
            _ when saved.RebucketQueued => TypedResults.Accepted($"/api/settings/locations/{locationId}", saved.Saved),
            _ => TypedResults.Ok(saved.Saved!),
        };
    }

    private static ProblemHttpResult StillMoving(IDictionary<string, string[]> errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status409Conflict,
            Title = "The location is moving to another time zone",
            Detail = errors.Values.SelectMany(m => m).First(),
            Type = ApiProblem.TypeFor(StatusCodes.Status409Conflict),
        });

    private static async Task<Ok<IReadOnlyList<BotSettings>>> GetBots(SettingsStore store, CancellationToken ct) =>
        TypedResults.Ok(await store.ListBotsAsync(ct));

    private static async Task<Results<Ok<BotSettings>, ValidationProblem, ProblemHttpResult>> PutBot(
        string botId, HttpRequest http, SettingsEditor editor, CancellationToken ct)
    {
        var read = await JsonBody.ReadAsync<BotSettingsBody>(http, BodyOptions, ct);
        if (read.Invalid is not null) return read.Invalid;
        if (read.Unsupported is not null) return read.Unsupported;
        return Answer(await editor.SaveBotAsync(botId, read.Body!.ToChange(), AuditCaller.Actor(http), AuditCaller.RemoteIp(http), ct), "bot", botId);
    }

    private static async Task<Ok<IReadOnlyList<SourceSettings>>> GetSources(SettingsStore store, CancellationToken ct) =>
        TypedResults.Ok(await store.ListSourcesAsync(ct));

    private static async Task<Results<Ok<SourceSettings>, ValidationProblem, ProblemHttpResult>> PutSource(
        string sourceId, HttpRequest http, SettingsEditor editor, CancellationToken ct)
    {
        var read = await JsonBody.ReadAsync<SourceSettingsBody>(http, BodyOptions, ct);
        if (read.Invalid is not null) return read.Invalid;
        if (read.Unsupported is not null) return read.Unsupported;
        return Answer(await editor.SaveSourceAsync(sourceId, read.Body!.Name, AuditCaller.Actor(http), AuditCaller.RemoteIp(http), ct), "source", sourceId);
    }

    private static Results<Ok<T>, ValidationProblem, ProblemHttpResult> Answer<T>(SaveResult<T> saved, string noun, string id) => saved.Outcome switch
    {
        SaveOutcome.Invalid => TypedResults.ValidationProblem(saved.Errors),
        SaveOutcome.NotFound => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"Unknown {noun}", detail: $"No {noun} '{id}'."),
        _ => TypedResults.Ok(saved.Saved!),
    };
}
