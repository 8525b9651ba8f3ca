using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace JorgeBi.Web.Api.OpenApi;

/// <summary>What the document says about the API as a whole: its conventions and its tags.</summary>
public static class DocumentDescription
{
    private static readonly Dictionary<string, string> TagDescriptions = new()
    {
        ["Events"] = "Ingestion of business events (leads, bot interactions, appointments, deals).",
        ["Dashboard"] = "KPIs of a period.",
        ["Live"] = "The live counters: today, the last five minutes, active conversations, events per minute.",
        ["Insights"] = "Predictive insights and anomalies.",
        ["Bots"] = "The bot performance matrix.",
        ["Revenue"] = "Revenue, commission, forecasts and cost per source.",
        ["Drill-down"] = "The rows behind a number, and a lead's timeline.",
        ["Export"] = "Reports as CSV.",
        ["Admin"] = "Cache statistics, rollup rebuilds and cache warming.",
        ["Settings"] = "The owner's settings: locations (name, time zone, commission rate, monthly target), bots (name, targets), lead sources (name).",
        ["Health"] = "Liveness and readiness probes.",
    };

    public static Task ApplyAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        document.Info = new OpenApiInfo
        {
            Title = "JorgeBi API",
            Version = "1",
            Description = "Business intelligence for Jorge's real-estate business. JSON bodies with snake_case names; " +
                "rates are fractions (0.045 = 4.5 %), money is USD. Instants are ISO-8601 with an offset " +
                "(`date-time`); the start of a bucket or period is the location's local wall-clock time without " +
                "an offset (`date-time-local`); calendar days are `date`. Errors are RFC 9457 " +
                "`application/problem+json` with `trace_id`, and `errors` (field -> messages) for invalid input.",
        };
        // The generator names the host of the request that fetched the document, which behind a
        // proxy is not the one clients call; "/" is wherever the document itself was served.
        document.Servers = [new OpenApiServer { Url = "/", Description = "The host serving this document" }];
        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            if (tag.Name is { } name && TagDescriptions.TryGetValue(name, out var description)) tag.Description = description;
        }
        return Task.CompletedTask;
    }
}
