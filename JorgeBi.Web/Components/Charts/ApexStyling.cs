namespace JorgeBi.Web.Components.Charts;

public enum ApexCurve { Smooth, Straight, Stepline }

public sealed record ApexStroke
{
    public ApexCurve? Curve { get; init; }

    /// <summary>One width per series (a single entry applies to all).</summary>
    public IReadOnlyList<double>? Width { get; init; }

    public IReadOnlyList<double>? DashArray { get; init; }
}

public enum ApexFillType { Solid, Gradient }

public sealed record ApexFill
{
    public ApexFillType? Type { get; init; }

    /// <summary>One opacity per series, e.g. a faint forecast band under a solid line.</summary>
    public IReadOnlyList<double>? Opacity { get; init; }
}

public sealed record ApexMarkers(double Size);

public sealed record ApexDataLabels
{
    public bool? Enabled { get; init; }
    public string? Formatter { get; init; }
}

public enum ApexLegendPosition { Top, Right, Bottom, Left }

public sealed record ApexLegend
{
    public bool? Show { get; init; }
    public ApexLegendPosition? Position { get; init; }
}

public sealed record ApexTooltip
{
    public bool? Enabled { get; init; }
    public bool? Shared { get; init; }
    public bool? Intersect { get; init; }

    /// <summary>"light" or "dark"; the component sets it from its Dark parameter.</summary>
    public string? Theme { get; init; }

    public ApexTooltipX? X { get; init; }
    public ApexTooltipY? Y { get; init; }
}

/// <summary>Format is an ApexCharts date pattern such as "dd MMM HH:mm".</summary>
public sealed record ApexTooltipX(string Format);

public sealed record ApexTooltipY(string Formatter);

public sealed record ApexPlotOptions
{
    public ApexBarOptions? Bar { get; init; }
    public ApexPieOptions? Pie { get; init; }
    public ApexHeatmapOptions? Heatmap { get; init; }
}

public sealed record ApexBarOptions
{
    public bool? Horizontal { get; init; }

    /// <summary>Centred, narrowing bars: a funnel (needs <see cref="Horizontal"/>).</summary>
    public bool? IsFunnel { get; init; }

    public bool? Distributed { get; init; }
    public double? BorderRadius { get; init; }
    public string? ColumnWidth { get; init; }
    public string? BarHeight { get; init; }
}

public sealed record ApexPieOptions(ApexDonut Donut);

public sealed record ApexDonut(string Size);

public sealed record ApexHeatmapOptions
{
    public double? ShadeIntensity { get; init; }
    public bool? EnableShades { get; init; }
    public ApexColorScale? ColorScale { get; init; }
}

public sealed record ApexColorScale(IReadOnlyList<ApexColorRange> Ranges);

public sealed record ApexColorRange(double From, double To, string Color, string? Name = null);
