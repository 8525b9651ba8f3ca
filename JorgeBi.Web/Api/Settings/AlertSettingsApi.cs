using System.Globalization;
using System.Text.Json;
using JorgeBi.Core.Alerts;
using JorgeBi.Core.Digests;
using JorgeBi.Core.Settings;
using JorgeBi.Data.Alerts;
using JorgeBi.Data.Digests;
using JorgeBi.Web.Alerts;
using JorgeBi.Web.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JorgeBi.Web.Api.Settings;

/// <summary>
/// The owner's alert settings over the API, for admin keys: the rules' values, each
/// location's business hours and the digest subscriptions; the same saves as the settings
/// page, audited with the key as actor.
/// </summary>
public static class AlertSettingsApi
{
    private static readonly JsonSerializerOptions BodyOptions = JsonBody.Options(maxDepth: 4);

    /// <summary>Maps onto the settings group (<see cref="SettingsApi.MapSettingsApi"/>), which carries the admin conventions.</summary>
    public static RouteGroupBuilder MapAlertSettingsApi(this RouteGroupBuilder settings)
    {
        settings.MapGet("/alerts", GetAlerts)
            .WithName("GetAlertSettings")
            .WithSummary("The alert rules' values in force, the configuration's defaults, and which an owner overrides");
        settings.MapPut("/alerts", PutAlerts)
            .WithName("PutAlertSettings")
            .WithSummary("Set the alert rules' values; a member left out or null follows the configuration's default")
            .WithDescription("Applies from the next evaluation round. Bad values are refused whole with a 400 naming each field.")
            .Accepts<AlertTuning>("application/json")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        settings.MapGet("/business-hours", GetBusinessHours)
            .WithName("GetBusinessHours")
            .WithSummary("Every location's business hours in its own zone (the silence alert only counts them); is_default when it has none of its own");
        settings.MapPut("/business-hours/{locationId}", PutBusinessHours)
            .WithName("PutBusinessHours")
            .WithSummary("Set a location's business hours (days, local opens_at and closes_at as HH:mm); all three left out return it to the default")
            .Accepts<BusinessHoursBody>("application/json")
            .WithBodyConventions();
        settings.MapGet("/digests", GetDigests)
            .WithName("GetDigestSubscriptions")
            .WithSummary("Who gets a daily or weekly digest email of which location, and when the last one went out");
        settings.MapPost("/digests", PostDigest)
            .WithName("PostDigestSubscription")
            .WithSummary("Subscribe an email address to a location's daily or weekly digest (200 when it already is)")
            .Accepts<DigestSubscriptionBody>("application/json")
            .Produces<DigestSubscription>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        settings.MapDelete("/digests/{subscriptionId}", DeleteDigest)
            .WithName("DeleteDigestSubscription")
            .WithSummary("End a digest subscription")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return settings;
    }

    private static async Task<Ok<AlertTuningView>> GetAlerts(AlertRulesSource rules, CancellationToken ct) =>
        TypedResults.Ok(await rules.ViewAsync(ct));

    private static async Task<Results<Ok<AlertTuningView>, ValidationProblem, ProblemHttpResult>> PutAlerts(
        HttpRequest http, AlertSettingsStore store, AlertRulesSource rules, CancellationToken ct)
    {
        var read = await JsonBody.ReadAsync<AlertTuning>(http, BodyOptions, ct);
        if (read.Invalid is not null) return read.Invalid;
        if (read.Unsupported is not null) return read.Unsupported;
        var saved = await store.SaveTuningAsync(read.Body!, AuditCaller.Actor(http), AuditCaller.RemoteIp(http), ct);
        if (saved.Outcome == SaveOutcome.Invalid) return TypedResults.ValidationProblem(saved.Errors);
        return TypedResults.Ok(await rules.ViewAsync(ct));
    }

    private static async Task<Ok<IReadOnlyList<BusinessHoursView>>> GetBusinessHours(AlertSettingsStore store, AlertRulesSource rules, CancellationToken ct) =>
        TypedResults.Ok<IReadOnlyList<BusinessHoursView>>((await store.ListBusinessHoursAsync(rules.DefaultHours, ct)).Select(BusinessHoursView.Of).ToList());

    private static async Task<Results<Ok<BusinessHoursView>, ValidationProblem, ProblemHttpResult>> PutBusinessHours(
        string locationId, HttpRequest http, AlertSettingsStore store, AlertRulesSource rules, CancellationToken ct)
    {
        var read = await JsonBody.ReadAsync<BusinessHoursBody>(http, BodyOptions, ct);
        if (read.Invalid is not null) return read.Invalid;
        if (read.Unsupported is not null) return read.Unsupported;
        var body = read.Body!;
        var saved = await store.SaveBusinessHoursAsync(locationId, body.Days, body.OpensAt, body.ClosesAt, rules.DefaultHours,
            AuditCaller.Actor(http), AuditCaller.RemoteIp(http), ct);
        return saved.Outcome switch
        {
            SaveOutcome.Invalid => TypedResults.ValidationProblem(saved.Errors),
            SaveOutcome.NotFound => ApiAnswer.UnknownLocation(locationId),
            _ => TypedResults.Ok(BusinessHoursView.Of(saved.Saved!)),
        };
    }

    private static async Task<Ok<IReadOnlyList<DigestSubscription>>> GetDigests(DigestStore store, CancellationToken ct) =>
        TypedResults.Ok(await store.ListAsync(ct));

    private static async Task<Results<Ok<DigestSubscription>, Created<DigestSubscription>, ValidationProblem, ProblemHttpResult>> PostDigest(
        HttpRequest http, DigestStore store, TimeProvider clock, CancellationToken ct)
    {
        var read = await JsonBody.ReadAsync<DigestSubscriptionBody>(http, BodyOptions, ct);
        if (read.Invalid is not null) return read.Invalid;
        if (read.Unsupported is not null) return read.Unsupported;
        var body = read.Body!;
        var saved = await store.AddAsync(body.Email, body.Frequency, body.LocationId, clock.GetUtcNow(), AuditCaller.Actor(http), AuditCaller.RemoteIp(http), ct);
        return saved.Outcome switch
        {
            SaveOutcome.Invalid => TypedResults.ValidationProblem(saved.Errors),
            SaveOutcome.Created => TypedResults.Created($"/api/settings/digests/{saved.Saved!.SubscriptionId}", saved.Saved),
            _ => TypedResults.Ok(saved.Saved!),
        };
    }

    // A string, not a route constraint: an id that is no number is an unknown subscription (404), like any other.
    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteDigest(string subscriptionId, HttpRequest http, DigestStore store, CancellationToken ct) =>
        long.TryParse(subscriptionId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
        && await store.RemoveAsync(id, AuditCaller.Actor(http), AuditCaller.RemoteIp(http), ct)
            ? TypedResults.NoContent()
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown digest subscription", detail: $"No digest subscription '{subscriptionId}'.");
}
