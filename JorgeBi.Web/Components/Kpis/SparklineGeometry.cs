using System.Globalization;
using System.Text;

namespace JorgeBi.Web.Components.Kpis;

/// <summary>
/// The SVG path of a sparkline in a <see cref="Width"/> x <see cref="Height"/> box: points
/// evenly spaced left to right (the trend's periods are), the lowest value at the bottom and
/// the highest at the top. A missing value breaks the line; a value with no neighbour is a
/// zero-length segment, which a round line cap draws as a dot; a series with one value (or
/// all values equal) lies on the middle line.
/// </summary>
public static class SparklineGeometry
{
    public const double Width = 100;

    public const double Height = 36;

    /// <summary>Space above the highest and below the lowest value, so the stroke is not cut at the edges.</summary>
    public const double Inset = 2;

    /// <summary>The path's "d" attribute; empty when there is no value to draw.</summary>
    public static string Path(IReadOnlyList<double?> points)
    {
        var values = points.Select(p => p is double v && double.IsFinite(v) ? v : (double?)null).ToArray();
        var present = values.OfType<double>().ToArray();
        if (present.Length == 0) return "";

        var (min, max) = (present.Min(), present.Max());
        var d = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is not double value) continue;
            var startsSegment = i == 0 || values[i - 1] is null;
            var endsSegment = i == values.Length - 1 || values[i + 1] is null;
            d.Append(startsSegment ? 'M' : 'L').Append(Number(X(i, values.Length))).Append(',').Append(Number(Y(value, min, max)));
            if (startsSegment && endsSegment) d.Append("h0");
        }
        return d.ToString();
    }

    private static double X(int index, int count) => count == 1 ? Width / 2 : index * Width / (count - 1);

    private static double Y(double value, double min, double max) =>
        max == min ? Height / 2 : Inset + (max - value) / (max - min) * (Height - 2 * Inset);

    private static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
