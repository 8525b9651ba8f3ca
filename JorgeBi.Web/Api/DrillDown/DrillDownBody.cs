using System.Text.Json.Serialization;
using JorgeBi.Core.DrillDown;

namespace JorgeBi.Web.Api.DrillDown;

/// <summary>The JSON body of POST /api/bi/drill-down: the request plus its location and period.</summary>
public sealed record DrillDownBody
{
    [JsonPropertyName("component")] public string? Component { get; init; }
    [JsonPropertyName("metric")] public string? Metric { get; init; }
    [JsonPropertyName("timeframe")] public string? Timeframe { get; init; }
    [JsonPropertyName("from")] public string? From { get; init; }
    [JsonPropertyName("to")] public string? To { get; init; }
    [JsonPropertyName("location_id")] public string? LocationId { get; init; }
    [JsonPropertyName("filters")] public DrillDownFilters? Filters { get; init; }
    // set, not init: the generated deserializer assigns every init-only property, so one
    // missing from the body would get 0 instead of these defaults (dotnet/runtime#84484).
    [JsonPropertyName("page")] public int Page { get; set; } = 1;
    [JsonPropertyName("page_size")] public int PageSize { get; set; } = 50;

    public DrillDownRequest ToRequest() => new()
    {
        Component = Component ?? "",
        Metric = Metric,
        Filters = Filters ?? new(),
        Page = Page,
        PageSize = PageSize,
    };
}
