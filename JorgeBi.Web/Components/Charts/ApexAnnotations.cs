using System.Text.Json.Serialization;

namespace JorgeBi.Web.Components.Charts;

public sealed record ApexAnnotations
{
    /// <summary>Vertical lines or bands, e.g. deploys or incidents.</summary>
    [JsonPropertyName("xaxis")]
    public IReadOnlyList<ApexXAxisAnnotation>? XAxis { get; init; }

    /// <summary>Horizontal lines, e.g. a target or threshold.</summary>
    [JsonPropertyName("yaxis")]
    public IReadOnlyList<ApexYAxisAnnotation>? YAxis { get; init; }

    /// <summary>Single points, e.g. anomalies.</summary>
    public IReadOnlyList<ApexPointAnnotation>? Points { get; init; }
}

/// <summary>X is a category string or Unix milliseconds; X2 turns the line into a band.</summary>
public sealed record ApexXAxisAnnotation(object X)
{
    public object? X2 { get; init; }
    public string? BorderColor { get; init; }
    public string? FillColor { get; init; }
    public double? StrokeDashArray { get; init; }
    public ApexAnnotationLabel? Label { get; init; }

    public static ApexXAxisAnnotation At(DateTimeOffset time, string? label = null, string? color = null) =>
        new(time.ToUnixTimeMilliseconds())
        {
            BorderColor = color,
            Label = label is null ? null : new ApexAnnotationLabel(label) { BorderColor = color },
        };
}

public sealed record ApexYAxisAnnotation(double Y)
{
    public string? BorderColor { get; init; }
    public double? StrokeDashArray { get; init; }
    public ApexAnnotationLabel? Label { get; init; }
}

public sealed record ApexPointAnnotation(object X, double Y)
{
    public int? SeriesIndex { get; init; }
    public ApexAnnotationMarker? Marker { get; init; }
    public ApexAnnotationLabel? Label { get; init; }

    public static ApexPointAnnotation Anomaly(DateTimeOffset time, double y, string color, string? label = null) =>
        new(time.ToUnixTimeMilliseconds(), y)
        {
            Marker = new ApexAnnotationMarker(6) { FillColor = color, StrokeColor = color },
            Label = label is null ? null : new ApexAnnotationLabel(label) { BorderColor = color },
        };
}

public sealed record ApexAnnotationMarker(double Size)
{
    public string? FillColor { get; init; }
    public string? StrokeColor { get; init; }
}

public sealed record ApexAnnotationLabel(string Text)
{
    public string? BorderColor { get; init; }
    public ApexLabelStyle? Style { get; init; }
}

public sealed record ApexLabelStyle(string? Background = null, string? Color = null);
