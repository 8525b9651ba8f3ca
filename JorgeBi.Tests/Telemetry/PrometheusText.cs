using System.Globalization;

namespace JorgeBi.Tests.Telemetry;

/// <summary>Reads samples out of a scrape in the Prometheus text format.</summary>
public static class PrometheusText
{
    /// <summary>The samples of <paramref name="metric"/>: each series' labels (the text in braces) and value.</summary>
    public static IReadOnlyList<(string Labels, double Value)> Samples(string scrape, string metric) =>
        scrape.Split('\n')
            .Where(line => line.StartsWith(metric + "{", StringComparison.Ordinal) || line.StartsWith(metric + " ", StringComparison.Ordinal))
            .Select(Parse)
            .ToList();

    /// <summary>The sum of <paramref name="metric"/> over all its series (0 when it has none).</summary>
    public static double Sum(string scrape, string metric) => Samples(scrape, metric).Sum(s => s.Value);

    // name{labels} value [timestamp]; label values may hold spaces, so split after the braces.
    private static (string Labels, double Value) Parse(string line)
    {
        var close = line.LastIndexOf('}');
        var labels = close < 0 ? "" : line[(line.IndexOf('{') + 1)..close];
        var rest = (close < 0 ? line[line.IndexOf(' ')..] : line[(close + 1)..]).Trim().Split(' ');
        return (labels, double.Parse(rest[0], CultureInfo.InvariantCulture));
    }
}
