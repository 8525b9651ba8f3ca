using JorgeBi.Core.Bots;
using JorgeBi.Web.Api.Infrastructure;
using JorgeBi.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace JorgeBi.Web.Api.Bots;

public static class BotsApi
{
    public static IEndpointRouteBuilder MapBotsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/bi/bot-performance", GetBotPerformance)
            .WithName("GetBotPerformance")
            .WithSummary("The bot performance matrix: per bot success with its 95 % Wilson interval, latency against its own target, qualification, handoffs, appointments and first-touch commission")
            .WithTags("Bots")
            .WithBiReadConventions();
        return app;
    }

    private static Task<Results<SerializedOk<BotPerformance>, ValidationProblem, ProblemHttpResult>> GetBotPerformance(
        [AsParameters] BiQuery query, [FromQuery(Name = "include_alerts")] string? includeAlerts,
        HttpContext http, BiAnswer answer, BotPerformanceService bots)
    {
        var errors = new QueryErrors();
        var alerts = errors.Flag("include_alerts", includeAlerts, true);
        return answer.GetAsync(http, Endpoint, query, errors, Parameters(alerts), Compute(bots, alerts), combines: true);
    }

    internal const string Endpoint = "bot-performance";

    internal static string Parameters(bool alerts) => $"alerts={alerts}";

    internal static Func<BiScope, CancellationToken, Task<BotPerformance>> Compute(BotPerformanceService bots, bool alerts) =>
        (scope, ct) => scope.Company is { } members
            ? bots.ForLocationsAsync(members, alerts, ct)
            : bots.ForPeriodAsync(scope.Location, scope.Period, alerts, ct);
}
