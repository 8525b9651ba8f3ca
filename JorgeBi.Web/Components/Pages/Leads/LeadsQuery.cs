using System.Globalization;
using JorgeBi.Core.Leads;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace JorgeBi.Web.Components.Pages.Leads;

/// <summary>
/// The drill-down request a /leads URL asks for. The query names are the API body's own
/// (component, metric, page, page_size and the filter names), so a link built from an API
/// answer opens the same rows. A broken URL gives messages a person can act on, never an exception.
/// </summary>
public sealed record LeadsQuery(LeadsRequest Request, IReadOnlyList<string> Errors)
{
    public const string ComponentName = "component";
    public const string MetricName = "metric";
    public const string PageName = "page";
    public const string PageSizeName = "page_size";

    public static readonly IReadOnlyList<string> FilterNames =
    [
        LeadsFilters.SourceName, LeadsFilters.BotIdName, LeadsFilters.TemperatureName,
        LeadsFilters.StageName, LeadsFilters.AgentIdName, LeadsFilters.LeadTypeName,
    ];

    public bool IsValid => Errors.Count == 0;

    public static LeadsQuery FromUri(string uri) =>
        Parse(QueryHelpers.ParseQuery(new Uri(uri).Query));

    public static LeadsQuery Parse(IReadOnlyDictionary<string, StringValues> query)
    {
        string? Get(string key) => query.TryGetValue(key, out var v) && v.ToString() is { Length: > 0 } s ? s : null;
        var errors = new List<string>();
        var page = Whole(Get(PageName), 1, "Page", errors);
        var pageSize = Whole(Get(PageSizeName), 50, "Rows per page", errors);
        var request = new LeadsRequest
        {
            Component = Get(ComponentName) ?? LeadsComponents.Leads,
            Metric = Get(MetricName),
            Page = page,
            PageSize = pageSize,
            Filters = new LeadsFilters
            {
                Source = Get(LeadsFilters.SourceName),
                BotId = Get(LeadsFilters.BotIdName),
                Temperature = Get(LeadsFilters.TemperatureName),
                Stage = Get(LeadsFilters.StageName),
                AgentId = Get(LeadsFilters.AgentIdName),
                LeadType = Get(LeadsFilters.LeadTypeName),
            },
        };
        // The same rules as the API, worded for the page.
        foreach (var (field, messages) in request.Validate().ToDictionary())
            foreach (var message in messages) errors.Add($"{Label(field)}: {message}");
        return new LeadsQuery(request, errors);
    }

    /// <summary>"filters.temperature" reads as "Filter temperature"; "page_size" as "Rows per page".</summary>
    private static string Label(string field) => field switch
    {
        ComponentName => "View",
        MetricName => "Metric",
        PageName => "Page",
        PageSizeName => "Rows per page",
        _ when field.StartsWith("filters.", StringComparison.Ordinal) => "Filter " + field["filters.".Length..].Replace('_', ' '),
        _ => field,
    };

    // A non-number is reported once here and replaced by the default, so Validate() does not repeat it.
    private static int Whole(string? text, int fallback, string label, List<string> errors)
    {
        if (text is null) return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return value;
        errors.Add($"{label}: '{text}' is not a whole number.");
        return fallback;
    }
}
