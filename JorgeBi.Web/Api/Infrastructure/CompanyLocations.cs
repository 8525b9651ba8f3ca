using JorgeBi.Core.Analytics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JorgeBi.Web.Api.Infrastructure;

/// <summary>
/// What <c>location_id=all</c> stands for: every location the caller may see. Today every
/// account and key sees every location, so it is every location; this is the one place that
/// decides it, so narrowing it to an account's locations changes nothing else.
/// </summary>
public sealed class CompanyLocations(ILocationSource locations)
{
    public const string All = "all";

    public const string Name = "All locations";

    public static bool IsAll(string? locationId) => locationId == All;

    /// <summary>The locations "all" stands for, in display order.</summary>
    public Task<IReadOnlyList<LocationInfo>> ListAsync(CancellationToken ct = default) => locations.ListAsync(ct);

    /// <summary>The 422 of an endpoint that does not combine locations yet, naming location_id.</summary>
    public static ProblemHttpResult NotCombined() =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]>
        {
            ["location_id"] = [NotCombinedMessage],
        })
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "All locations cannot be combined here",
            Detail = NotCombinedMessage,
            Type = ApiProblem.TypeFor(StatusCodes.Status422UnprocessableEntity),
        });

    public const string NotCombinedMessage = "This answer is given for one location at a time: name a location instead of 'all'.";
}
