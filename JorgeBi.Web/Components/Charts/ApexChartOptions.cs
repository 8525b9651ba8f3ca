using System.Text.Json;
using System.Text.Json.Serialization;

namespace JorgeBi.Web.Components.Charts;

/// <summary>
/// Typed subset of the ApexCharts options object. Property names serialise to ApexCharts'
/// own option names (camelCase, nulls omitted), so anything not set keeps ApexCharts' default.
/// Records are prefixed "Apex" because MudBlazor already owns ChartOptions, ChartSeries, ChartType.
/// </summary>
public sealed record ApexChartOptions
{
    public ApexChartSettings? Chart { get; init; }

    /// <summary>Series of axis charts (line, area, bar, rangeArea, heatmap).</summary>
    [JsonIgnore]
    public IReadOnlyList<ApexSeries>? Series { get; init; }

    /// <summary>Donut and pie take one flat value per entry of <see cref="Labels"/> instead of <see cref="Series"/>.</summary>
    [JsonIgnore]
    public IReadOnlyList<double>? Values { get; init; }

    // ApexCharts calls both shapes "series"; which one is written depends on the chart type.
    [JsonInclude, JsonPropertyName("series")]
    private object? SeriesJson => (object?)Values ?? Series;

    /// <summary>Slice names of donut and pie charts.</summary>
    public IReadOnlyList<string>? Labels { get; init; }

    [JsonPropertyName("xaxis")]
    public ApexXAxis? XAxis { get; init; }

    [JsonPropertyName("yaxis")]
    public ApexYAxis? YAxis { get; init; }

    public IReadOnlyList<string>? Colors { get; init; }
    public ApexStroke? Stroke { get; init; }
    public ApexFill? Fill { get; init; }
    public ApexMarkers? Markers { get; init; }
    public ApexDataLabels? DataLabels { get; init; }
    public ApexLegend? Legend { get; init; }
    public ApexAnnotations? Annotations { get; init; }
    public ApexTooltip? Tooltip { get; init; }
    public ApexPlotOptions? PlotOptions { get; init; }
    public ApexTheme? Theme { get; init; }
    public ApexNoData? NoData { get; init; }

    public string ToJson() => JsonSerializer.Serialize(this, SerializerOptions);

    internal static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}

/// <summary>The <c>chart</c> section.</summary>
public sealed record ApexChartSettings
{
    public ApexChartType? Type { get; init; }

    /// <summary>A number of pixels ("320") or a percentage of the parent ("100%").</summary>
    public string? Height { get; init; }

    public bool? Stacked { get; init; }
    public ApexToolbar? Toolbar { get; init; }
    public ApexAnimations? Animations { get; init; }
    public ApexZoom? Zoom { get; init; }
    public string? Background { get; init; }
    public string? FontFamily { get; init; }
    public string? ForeColor { get; init; }
}

public enum ApexChartType { Line, Area, Bar, Donut, Pie, RangeArea, Heatmap, Scatter }

public sealed record ApexToolbar(bool Show);

public sealed record ApexAnimations(bool Enabled);

public sealed record ApexZoom(bool Enabled);

public enum ApexThemeMode { Light, Dark }

public sealed record ApexTheme(ApexThemeMode Mode);

public sealed record ApexNoData(string Text);
