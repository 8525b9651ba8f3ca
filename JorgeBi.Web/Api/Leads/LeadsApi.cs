using System.Text.Json;
using JorgeBi.Core.Freshness;
using JorgeBi.Core.Leads;
using JorgeBi.Web.Answers;
using JorgeBi.Web.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JorgeBi.Web.Api.Leads;

public static class LeadsApi
{
    private static readonly JsonSerializerOptions BodyOptions = JsonBody.Options(maxDepth: 16);

    /// <summary>Maps onto the BI read group (<see cref="BiApi"/>), which carries auth, rate limit and retries.</summary>
    internal static RouteGroupBuilder MapLeadsApi(this RouteGroupBuilder reads)
    {
        reads.MapPost("/drill-down", PostLeads)
            .WithName("DrillDown")
            .WithSummary("The rows behind a number: leads, conversations or deals of a period, filtered and paged; location_id=all lists every location's rows together, each naming its location")
            .WithTags("Drill-down")
            .Accepts<LeadsBody>("application/json")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        reads.MapGet("/leads/{leadId}/timeline", GetTimeline)
            .WithName("GetLeadTimeline")
            .WithSummary("Every event of one lead, in the order they occurred; location_id=all finds the lead in any of the caller's locations")
            .WithTags("Drill-down");
        return reads;
    }

    private static async Task<Results<Ok<LeadsResult>, ValidationProblem, ProblemHttpResult>> PostLeads(
        HttpRequest http, ApiAnswer answer, LeadsService drill, IDataAsOfSource freshness, CancellationToken ct)
    {
        var read = await JsonBody.ReadAsync<LeadsBody>(http, BodyOptions, ct);
        if (read.Invalid is not null) return read.Invalid;
        if (read.Unsupported is not null) return read.Unsupported;
        var body = read.Body!;
        var request = body.ToRequest();
        var errors = new QueryErrors();
        foreach (var (field, messages) in request.Validate().ToDictionary()) foreach (var m in messages) errors.Add(field, m);
        var resolved = await answer.ScopeAsync(http.HttpContext.User, new BiQuery(body.LocationId, body.Timeframe, body.From, body.To, null), errors, ct, combines: true);
        if (resolved.Invalid is not null) return resolved.Invalid;
        if (resolved.Missing is not null) return resolved.Missing;
        var scope = resolved.Scope!;
        var asOf = await freshness.GetAsync(ct);
        return TypedResults.Ok((await drill.QueryAsync(scope.Members, request, ct)).WithDataAsOf(asOf));
    }

    private static async Task<Results<Ok<IReadOnlyList<TimelineEvent>>, ValidationProblem, ProblemHttpResult>> GetTimeline(
        string leadId, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "location_id")] string? locationId,
        HttpContext http, ApiAnswer answer, LeadsService drill, IDataAsOfSource freshness, CancellationToken ct)
    {
        var errors = new QueryErrors();
        if (leadId.Length > 200) errors.Add("leadId", "At most 200 characters.");
        // The timeline is the lead's whole story, whatever the period: only the locations searched matter.
        var resolved = await answer.ScopeAsync(http.User, new BiQuery(locationId, null, null, null, null), errors, ct, combines: true);
        if (resolved.Invalid is not null) return resolved.Invalid;
        if (resolved.Missing is not null) return resolved.Missing;
        var scope = resolved.Scope!;
        DataAsOfHeader.Set(http.Response, await freshness.GetAsync(ct));
        var events = await drill.LeadTimelineAsync([.. scope.Members.Select(m => m.Location.LocationId)], leadId, ct);
        // A lead of a location the caller may not see is not searched for, so it answers like one that does not exist.
        var where = scope.Company is null ? $"location '{scope.LocationId}'" : "any of your locations";
        return events.Count == 0
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown lead", detail: $"No events for lead '{leadId}' in {where}.")
            : TypedResults.Ok(events);
    }
}
