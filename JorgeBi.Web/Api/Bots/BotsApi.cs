using JorgeBi.Core.Bots;
using JorgeBi.Web.Answers;
using JorgeBi.Web.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace JorgeBi.Web.Api.Bots;

public static class BotsApi
{
    /// <summary>Maps onto the BI read group (<see cref="BiApi"/>), which carries auth, rate limit and retries.</summary>
    internal static RouteGroupBuilder MapBotsApi(this RouteGroupBuilder reads)
    {
        reads.MapGet("/bot-performance", GetBotPerformance)
            .WithName("GetBotPerformance")
            .WithSummary("The bot performance matrix: per bot success with its 95 % Wilson interval, latency against its own target, qualification, handoffs, appointments and first-touch commission")
            .WithTags("Bots");
        return reads;
    }

    private static Task<Results<SerializedOk<BotPerformance>, ValidationProblem, ProblemHttpResult>> GetBotPerformance(
        [AsParameters] BiQuery query, [FromQuery(Name = "include_alerts")] string? includeAlerts,
        HttpContext http, ApiAnswer answer, BiReads reads)
    {
        var errors = new QueryErrors();
        var alerts = errors.Flag("include_alerts", includeAlerts, true);
        return answer.GetAsync(http, reads.BotPerformance(alerts), query, errors, combines: true);
    }
}
