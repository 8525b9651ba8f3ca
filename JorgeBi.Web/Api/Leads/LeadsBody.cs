using JorgeBi.Core.Leads;

namespace JorgeBi.Web.Api.Leads;

/// <summary>The JSON body of POST /api/bi/drill-down: the request plus its location and period.</summary>
public sealed record LeadsBody
{
    public string? Component { get; init; }
    public string? Metric { get; init; }
    public string? Timeframe { get; init; }
    public string? From { get; init; }
    public string? To { get; init; }
    public string? LocationId { get; init; }
    public LeadsFilters? Filters { get; init; }
    // set, not init: the generated deserializer assigns every init-only property, so one
    // missing from the body would get 0 instead of these defaults (dotnet/runtime#84484).
    public int Page { get; set; } = 1;
    public int PageSize { get; set; } = 50;

    public LeadsRequest ToRequest() => new()
    {
        Component = Component ?? "",
        Metric = Metric,
        Filters = Filters ?? new(),
        Page = Page,
        PageSize = PageSize,
    };
}
