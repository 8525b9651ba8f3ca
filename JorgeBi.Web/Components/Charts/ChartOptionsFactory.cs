namespace JorgeBi.Web.Components.Charts;

/// <summary>
/// Starting points for the chart types the dashboards use; adjust the result with <c>with</c>.
/// <paramref name="format"/> arguments take an <see cref="ApexFormatter"/> name for axis and tooltip values.
/// Every series the dashboards draw is a count, money, a duration or a rate: lines are
/// straight between the measured points (a spline invents values between them, below zero
/// or above 100 %) and the value axis never reaches below zero, nor past 100 % for rates.
/// Charts appear drawn, not drawing themselves: an animation is a long task per frame on a
/// tablet's main thread while the page is meant to answer its first taps, and a half-drawn
/// line is what a screenshot or a quick reader would see.
/// </summary>
public static class ChartOptionsFactory
{
    public static ApexChartOptions Line(IReadOnlyList<ApexSeries> series, string? format = null) =>
        TimeSeries(ApexChartType.Line, series, format) with
        {
            Stroke = new ApexStroke { Curve = ApexCurve.Straight, Width = [2] },
        };

    public static ApexChartOptions Area(IReadOnlyList<ApexSeries> series, bool stacked = false, string? format = null) =>
        TimeSeries(ApexChartType.Area, series, format, stacked) with
        {
            Stroke = new ApexStroke { Curve = ApexCurve.Straight, Width = [2] },
        };

    public static ApexChartOptions Bar(
        IReadOnlyList<string> categories,
        IReadOnlyList<ApexSeries> series,
        bool horizontal = false,
        bool stacked = false,
        string? format = null) =>
        Base(ApexChartType.Bar, format, stacked) with
        {
            Series = series,
            // Horizontal bars put the values on the x axis and the categories on the y axis.
            XAxis = new ApexXAxis
            {
                Type = ApexAxisType.Category,
                Categories = categories,
                Labels = horizontal && format is not null ? new ApexAxisLabels { Formatter = format } : null,
            },
            YAxis = horizontal ? null : ValueAxis(format),
            PlotOptions = new ApexPlotOptions { Bar = new ApexBarOptions { Horizontal = horizontal, BorderRadius = 2 } },
            DataLabels = new ApexDataLabels { Enabled = false },
        };

    /// <summary>Conversion funnel: one horizontal, centred bar per stage, widest first.</summary>
    public static ApexChartOptions Funnel(IReadOnlyList<string> stages, IReadOnlyList<double> counts, string name = "Count") =>
        Base(ApexChartType.Bar, null) with
        {
            Tooltip = new ApexTooltip { Y = new ApexTooltipY(ApexFormatter.Number) },
            Series = [new ApexSeries(name, [.. counts.Select(c => ApexPoint.Value(c))])],
            XAxis = new ApexXAxis { Type = ApexAxisType.Category, Categories = stages },
            PlotOptions = new ApexPlotOptions
            {
                Bar = new ApexBarOptions { Horizontal = true, IsFunnel = true, BarHeight = "80%", BorderRadius = 0 },
            },
            DataLabels = new ApexDataLabels { Enabled = true, Formatter = ApexFormatter.Compact },
            Legend = new ApexLegend { Show = false },
        };

    public static ApexChartOptions Donut(IReadOnlyList<string> labels, IReadOnlyList<double> values, string? format = null) =>
        Base(ApexChartType.Donut, null) with
        {
            Labels = labels,
            Values = values,
            Legend = new ApexLegend { Position = ApexLegendPosition.Bottom },
            Tooltip = format is null ? null : new ApexTooltip { Y = new ApexTooltipY(format) },
        };

    /// <summary>A measured line over its forecast band; the band's points are <see cref="ApexPoint.Range(DateTimeOffset, double, double)"/>.</summary>
    public static ApexChartOptions Forecast(ApexSeries actual, ApexSeries band, string? format = null) =>
        TimeSeries(
            ApexChartType.RangeArea,
            [band with { Type = ApexChartType.RangeArea }, actual with { Type = ApexChartType.Line }],
            format) with
        {
            Stroke = new ApexStroke { Curve = ApexCurve.Straight, Width = [0, 2] },
            Fill = new ApexFill { Opacity = [0.25, 1] },
            Markers = new ApexMarkers(0),
        };

    /// <summary>One series per row; each point's x is the column label.</summary>
    public static ApexChartOptions Heatmap(IReadOnlyList<ApexSeries> rows, string? format = null) =>
        Base(ApexChartType.Heatmap, null) with
        {
            Series = rows,
            DataLabels = new ApexDataLabels { Enabled = false },
            Tooltip = format is null ? null : new ApexTooltip { Y = new ApexTooltipY(format) },
        };

    private static ApexChartOptions TimeSeries(
        ApexChartType type, IReadOnlyList<ApexSeries> series, string? format, bool stacked = false) =>
        Base(type, format, stacked) with
        {
            Series = series,
            YAxis = PossibleValuesAxis(format, series),
            XAxis = new ApexXAxis { Type = ApexAxisType.Datetime },
            DataLabels = new ApexDataLabels { Enabled = false },
        };

    private static ApexChartOptions Base(ApexChartType type, string? format, bool stacked = false) => new()
    {
        Chart = new ApexChartSettings
        {
            Type = type,
            Stacked = stacked ? true : null,
            Toolbar = new ApexToolbar(false),
            Animations = new ApexAnimations(false),
        },
        YAxis = ValueAxis(format),
        Tooltip = format is null ? null : new ApexTooltip { Y = new ApexTooltipY(format) },
    };

    private static ApexYAxis? ValueAxis(string? format) =>
        format is null ? null : new ApexYAxis { Labels = new ApexAxisLabels { Formatter = format } };

    /// <summary>
    /// From zero up, and a rate's axis ends at 100 %. A rate's axis starts at the tenth below
    /// its lowest point rather than at zero, so a success rate moving between 92 % and 97 %
    /// stays readable.
    /// </summary>
    internal static ApexYAxis PossibleValuesAxis(string? format, IReadOnlyList<ApexSeries> series)
    {
        var axis = ValueAxis(format) ?? new ApexYAxis();
        if (format?.Split(':')[0] != ApexFormatter.Percent) return axis with { Min = 0 };
        var lowest = series.SelectMany(s => s.Data).SelectMany(p => new[] { p.Y, p.Low }).Where(v => v is not null && double.IsFinite(v.Value)).Min();
        return axis with { Min = Math.Clamp(Math.Floor((lowest ?? 0) * 10) / 10, 0, 0.9), Max = 1 };
    }
}
