using JorgeBi.Core.Forecasting;
using JorgeBi.Core.Revenue;
using JorgeBi.Web.Components.Charts;

namespace JorgeBi.Web.Components.Pages.Revenue;

/// <summary>
/// Chart options of the revenue page, built from the Core answers. Local wall-clock times are
/// written as if they were UTC and shown as UTC, so a month reads as the location's month
/// whatever the browser's zone.
/// </summary>
public static class RevenueCharts
{
    /// <summary>Months of history drawn before the forecast: two seasons are enough to judge it by eye.</summary>
    public const int HistoryMonths = 24;

    /// <summary>
    /// ApexCharts pairs the points of combined series by index, so all four series run over the
    /// same months: history months carry a zero-width band (the fan opens at the last actual
    /// month) and no forecast, forecast months no actual.
    /// </summary>
    public static ApexChartOptions Forecast(IReadOnlyList<MonthlyCommission> history, Forecast forecast, IReadOnlyList<string> colors)
    {
        var actual = History(history, forecast.Points.FirstOrDefault()?.Period).TakeLast(HistoryMonths).ToList();
        var points = forecast.Points;
        var last = actual.Count - 1;
        ApexPoint Band(int i, Func<ForecastPoint, (double Lo, double Hi)> range)
        {
            if (i <= last) return ApexPoint.Range(actual[i].Month, (double)actual[i].Commission, (double)actual[i].Commission);
            var (lo, hi) = range(points[i - actual.Count]);
            return ApexPoint.Range(At(points[i - actual.Count].Period), lo, hi);
        }
        var indexes = Enumerable.Range(0, actual.Count + points.Count).ToList();
        var months = indexes.Select(i => i <= last ? actual[i].Month : At(points[i - actual.Count].Period)).ToList();
        // As hex: ApexCharts lets an rgba colour's alpha win over fill.opacity, which made the bands opaque.
        var forecastColor = Hex(colors[1 % colors.Count]);
        ApexSeries[] series =
        [
            new("95 % interval", [.. indexes.Select(i => Band(i, p => (p.Lo95, p.Hi95)))]) { Type = ApexChartType.RangeArea, Color = forecastColor },
            new("80 % interval", [.. indexes.Select(i => Band(i, p => (p.Lo80, p.Hi80)))]) { Type = ApexChartType.RangeArea, Color = forecastColor },
            new("Actual", [.. indexes.Select(i => ApexPoint.At(months[i], i <= last ? (double)actual[i].Commission : null))]) { Type = ApexChartType.Line, Color = Hex(colors[0]) },
            // Starts at the last actual month so the two lines read as one story.
            new("Forecast", [.. indexes.Select(i => ApexPoint.At(months[i],
                i < last ? null : i == last ? (double)actual[i].Commission : points[i - actual.Count].Value))]) { Type = ApexChartType.Line, Color = forecastColor },
        ];
        var options = ChartOptionsFactory.Line(series, ApexFormatter.Currency);
        return options with
        {
            Chart = options.Chart! with { Type = ApexChartType.RangeArea },
            Stroke = new ApexStroke { Curve = ApexCurve.Straight, Width = [0, 0, 2, 2], DashArray = [0, 0, 0, 5] },
            Fill = new ApexFill { Opacity = [0.15, 0.3, 1, 1] },
            Markers = new ApexMarkers(0),
            Legend = new ApexLegend { Position = ApexLegendPosition.Bottom },
        };
    }

    public static ApexChartOptions Timeseries(IReadOnlyList<RevenuePoint> points, IReadOnlyList<string> colors) =>
        ChartOptionsFactory.Area(
            [
                new ApexSeries("Revenue (GCI)", [.. points.Select(p => ApexPoint.At(At(p.Period), (double)p.Revenue))]) { Color = colors[0] },
                new ApexSeries("Jorge commission", [.. points.Select(p => ApexPoint.At(At(p.Period), (double)p.Commission))]) { Color = colors[1] },
            ],
            format: ApexFormatter.Currency) with
        {
            Legend = new ApexLegend { Position = ApexLegendPosition.Bottom },
        };

    public static ApexChartOptions Breakdown(CommissionBreakdown breakdown, IReadOnlyList<string> colors) =>
        ChartOptionsFactory.Bar(
            [.. breakdown.Rows.Select(r => r.Key)],
            [new ApexSeries("Commission", [.. breakdown.Rows.Select(r => ApexPoint.Value((double)r.Commission))]) { Color = colors[0] }],
            horizontal: true,
            format: ApexFormatter.Compact) with
        {
            Tooltip = new ApexTooltip { Y = new ApexTooltipY(ApexFormatter.Currency) },
        };

    /// <summary>Every month from the first with sales to the month before the forecast, months without sales as 0 (as the forecaster saw them).</summary>
    public static IReadOnlyList<(DateTimeOffset Month, decimal Commission)> History(IReadOnlyList<MonthlyCommission> history, DateOnly? before)
    {
        if (history.Count == 0) return [];
        var byMonth = history.ToDictionary(h => DateOnly.FromDateTime(h.Month), h => h.Commission);
        var end = before ?? byMonth.Keys.Max().AddMonths(1);
        var months = new List<(DateTimeOffset, decimal)>();
        for (var m = byMonth.Keys.Min(); m < end; m = m.AddMonths(1)) months.Add((At(m), byMonth.GetValueOrDefault(m)));
        return months;
    }

    private static string Hex(string color) => new MudBlazor.Utilities.MudColor(color).ToString(MudBlazor.Utilities.MudColorOutputFormats.Hex);

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static DateTimeOffset At(DateTime local) => new(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeSpan.Zero);
}
