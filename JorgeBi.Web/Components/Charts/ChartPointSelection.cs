namespace JorgeBi.Web.Components.Charts;

/// <summary>
/// A clicked bar, slice, cell or marker. Category is the point's x (a category label, or Unix
/// milliseconds as text on datetime axes) or, for category-axis and donut charts, its label.
/// </summary>
public sealed record ChartPointSelection(int SeriesIndex, int DataPointIndex, string? Category);
