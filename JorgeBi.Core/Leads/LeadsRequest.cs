using JorgeBi.Core.Events;

namespace JorgeBi.Core.Leads;

/// <summary>The body of <c>POST /api/bi/drill-down</c> without its location and period.</summary>
public sealed record LeadsRequest
{
    public const int MaxPageSize = 200;
    private const int MaxFilterLength = 200;

    public required string Component { get; init; }
    public string? Metric { get; init; }
    public LeadsFilters Filters { get; init; } = new();
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 50;

    public string MetricOrDefault => Metric ?? LeadsComponents.Metrics[Component][0];

    /// <summary>Every broken rule, by API field name; empty when the request can run.</summary>
    public ValidationErrors Validate()
    {
        var errors = new ValidationErrors();
        if (Page < 1) errors.Add("page", "Must be 1 or more.");
        if (PageSize is < 1 or > MaxPageSize) errors.Add("page_size", $"Must be between 1 and {MaxPageSize}.");
        if (!LeadsComponents.Metrics.TryGetValue(Component ?? "", out var metrics))
        {
            errors.Add("component", $"Must be one of: {string.Join(", ", LeadsComponents.Metrics.Keys)}.");
            return errors;
        }
        if (Metric is not null && !metrics.Contains(Metric)) errors.Add("metric", $"Must be one of: {string.Join(", ", metrics)}.");
        foreach (var (name, value) in (Filters ?? new()).Set())
        {
            var field = "filters." + name;
            if (!LeadsComponents.Filters[Component!].Contains(name)) errors.Add(field, $"Does not apply to component {Component}.");
            else if (value.Length is 0 or > MaxFilterLength) errors.Add(field, $"Must be 1 to {MaxFilterLength} characters.");
            else if (AllowedValues(name) is { } allowed && !allowed.Contains(value)) errors.Add(field, $"Must be one of: {string.Join(", ", allowed)}.");
        }
        return errors;
    }

    private static IReadOnlyList<string>? AllowedValues(string filter) => filter switch
    {
        LeadsFilters.TemperatureName => Domain.Temperatures,
        LeadsFilters.LeadTypeName => Domain.LeadTypes,
        LeadsFilters.StageName => Domain.DealStages,
        _ => null,
    };
}
