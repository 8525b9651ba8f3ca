using System.Text.Json;
using System.Text.Json.Serialization;
using JorgeBi.Core.Alerts;
using JorgeBi.Core.Bots;
using JorgeBi.Core.Digests;
using JorgeBi.Core.Executive;
using JorgeBi.Core.Insights;
using JorgeBi.Core.Kpis;
using JorgeBi.Core.Leads;
using JorgeBi.Core.Live;
using JorgeBi.Core.Revenue;
using JorgeBi.Core.Settings;
using JorgeBi.Data.ChangeFeed;
using JorgeBi.Web.Alerts;
using JorgeBi.Web.Api.Admin;
using JorgeBi.Web.Api.Events;
using JorgeBi.Web.Api.Leads;
using JorgeBi.Web.Api.Settings;
using Microsoft.AspNetCore.Mvc;

namespace JorgeBi.Web.Api;

/// <summary>
/// Serialization code generated at build time for every type the API, the live hub and the
/// alert webhooks read or write, so no answer pays for reflection. The generation options mirror
/// <see cref="Configure"/>: snake_case names, as API.md states them.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ExecutiveKpis))]
[JsonSerializable(typeof(LiveMetrics))]
[JsonSerializable(typeof(IReadOnlyList<Insight>))]
[JsonSerializable(typeof(AnomalyReport))]
[JsonSerializable(typeof(BotPerformance))]
[JsonSerializable(typeof(RevenueIntelligence))]
[JsonSerializable(typeof(LeadsResult))]
// The runtime types of LeadsResult.Details, which is declared as a list of object.
[JsonSerializable(typeof(LeadRow))]
[JsonSerializable(typeof(ConversationRow))]
[JsonSerializable(typeof(DealRow))]
[JsonSerializable(typeof(IReadOnlyList<TimelineEvent>))]
[JsonSerializable(typeof(CacheAnalytics))]
[JsonSerializable(typeof(AggregationResult))]
[JsonSerializable(typeof(WarmCacheResult))]
[JsonSerializable(typeof(IngestResponse))]
[JsonSerializable(typeof(AggregationRequest))]
[JsonSerializable(typeof(WarmCacheRequest))]
[JsonSerializable(typeof(LeadsBody))]
[JsonSerializable(typeof(LocationSettings))]
[JsonSerializable(typeof(BotSettings))]
[JsonSerializable(typeof(SourceSettings))]
[JsonSerializable(typeof(IReadOnlyList<LocationSettings>))]
[JsonSerializable(typeof(IReadOnlyList<BotSettings>))]
[JsonSerializable(typeof(IReadOnlyList<SourceSettings>))]
[JsonSerializable(typeof(LocationSettingsBody))]
[JsonSerializable(typeof(BotSettingsBody))]
[JsonSerializable(typeof(SourceSettingsBody))]
[JsonSerializable(typeof(AlertTuning))]
[JsonSerializable(typeof(AlertTuningView))]
[JsonSerializable(typeof(BusinessHoursBody))]
[JsonSerializable(typeof(BusinessHoursView))]
[JsonSerializable(typeof(IReadOnlyList<BusinessHoursView>))]
[JsonSerializable(typeof(DigestSubscriptionBody))]
[JsonSerializable(typeof(DigestSubscription))]
[JsonSerializable(typeof(IReadOnlyList<DigestSubscription>))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(ProblemDetails))]
[JsonSerializable(typeof(HttpValidationProblemDetails))]
// The errors of a problem that is not a 400 (the 422 of location_id=all) are an object-typed extension.
[JsonSerializable(typeof(Dictionary<string, string[]>))]
// Problem extensions (trace_id) are object-typed; their runtime type is a string.
[JsonSerializable(typeof(string))]
// The live hub's payloads: LiveMetrics above and each new event.
[JsonSerializable(typeof(EventSummary))]
// The health endpoints' status answer.
[JsonSerializable(typeof(Dictionary<string, string>))]
// The body of an alert webhook.
[JsonSerializable(typeof(AlertMessage))]
public sealed partial class ApiJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The API's JSON conventions on <paramref name="options"/>: snake_case names and enum
    /// values, and this context first in the resolver chain; whatever resolver the options
    /// already had stays behind it for any type missed here.
    /// </summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.TypeInfoResolverChain.Insert(0, Default);
    }
}
