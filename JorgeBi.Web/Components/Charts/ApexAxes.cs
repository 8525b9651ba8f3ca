using System.Text.Json.Serialization;

namespace JorgeBi.Web.Components.Charts;

public enum ApexAxisType { Category, Datetime, Numeric }

public sealed record ApexXAxis
{
    public ApexAxisType? Type { get; init; }
    public IReadOnlyList<string>? Categories { get; init; }
    public ApexAxisTitle? Title { get; init; }
    public ApexAxisLabels? Labels { get; init; }
    public int? TickAmount { get; init; }
}

public sealed record ApexYAxis
{
    public ApexAxisTitle? Title { get; init; }
    public ApexAxisLabels? Labels { get; init; }
    public int? DecimalsInFloat { get; init; }
    public double? Min { get; init; }
    public double? Max { get; init; }
    public bool? Opposite { get; init; }
}

public sealed record ApexAxisTitle(string Text);

public sealed record ApexAxisLabels
{
    /// <summary>A formatter name from <see cref="ApexFormatter"/>; apexChart.js maps it to a function.</summary>
    public string? Formatter { get; init; }

    /// <summary>False shows datetime labels in the browser's time zone instead of UTC.</summary>
    [JsonPropertyName("datetimeUTC")]
    public bool? DatetimeUtc { get; init; }
}
