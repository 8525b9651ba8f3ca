using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace JorgeBi.Web.Components.Kpis;

/// <summary>
/// A KPI's trend as a plain inline SVG line, computed on the server by
/// <see cref="SparklineGeometry"/>. It needs no script, so it is in the prerendered page and
/// costs the browser nothing after load (a chart library instance per card did). The viewBox is
/// stretched to the card's width; the stroke keeps its width (non-scaling, see the stylesheet).
/// </summary>
public sealed partial class KpiSparkline : ComponentBase
{
    private static readonly string ViewBox =
        string.Create(CultureInfo.InvariantCulture, $"0 0 {SparklineGeometry.Width} {SparklineGeometry.Height}");

    [Parameter, EditorRequired] public IReadOnlyList<double?> Points { get; set; } = [];

    [Parameter] public string Name { get; set; } = "";

    private string PathData { get; set; } = "";

    protected override void OnParametersSet() => PathData = SparklineGeometry.Path(Points);
}
