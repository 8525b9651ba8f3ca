using System.Text.Json;
using System.Text.Json.Serialization;

namespace JorgeBi.Web.Components.Charts;

public sealed record ApexSeries(string Name, IReadOnlyList<ApexPoint> Data)
{
    /// <summary>Per-series type for mixed charts, e.g. a line over a rangeArea forecast band.</summary>
    public ApexChartType? Type { get; init; }

    public string? Color { get; init; }

    /// <summary>Stack group of stacked bar charts.</summary>
    public string? Group { get; init; }
}

/// <summary>
/// One data point. ApexCharts reads a bare number (<see cref="Value"/>, paired with
/// <c>xaxis.categories</c>) or an <c>{ x, y }</c> object where y is a number, null (a gap)
/// or <c>[low, high]</c> for range areas. Times are written as Unix milliseconds.
/// </summary>
[JsonConverter(typeof(ApexPointConverter))]
public sealed record ApexPoint
{
    private ApexPoint(object? x, double? y, double? low, double? high)
    {
        X = x;
        Y = y;
        Low = low;
        High = high;
    }

    /// <summary>The category string, the time in Unix milliseconds, or null for a bare value.</summary>
    public object? X { get; }
    public double? Y { get; }
    public double? Low { get; }
    public double? High { get; }
    public string? FillColor { get; init; }

    public static ApexPoint Value(double? y) => new(null, y, null, null);

    public static ApexPoint At(string category, double? y) => new(category, y, null, null);

    public static ApexPoint At(DateTimeOffset time, double? y) => new(time.ToUnixTimeMilliseconds(), y, null, null);

    public static ApexPoint Range(DateTimeOffset time, double low, double high) =>
        new(time.ToUnixTimeMilliseconds(), null, low, high);

    public static ApexPoint Range(string category, double low, double high) => new(category, null, low, high);
}

internal sealed class ApexPointConverter : JsonConverter<ApexPoint>
{
    public override ApexPoint Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Chart options are only ever sent to the browser.");

    public override void Write(Utf8JsonWriter writer, ApexPoint value, JsonSerializerOptions options)
    {
        if (value.X is null && value.FillColor is null && value.Low is null)
        {
            WriteNumber(writer, value.Y);
            return;
        }

        writer.WriteStartObject();
        writer.WritePropertyName("x");
        switch (value.X)
        {
            case long time: writer.WriteNumberValue(time); break;
            case string category: writer.WriteStringValue(category); break;
            default: writer.WriteNullValue(); break;
        }

        writer.WritePropertyName("y");
        if (value.Low is { } low && value.High is { } high)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(low);
            writer.WriteNumberValue(high);
            writer.WriteEndArray();
        }
        else
        {
            WriteNumber(writer, value.Y);
        }

        if (value.FillColor is not null)
        {
            writer.WriteString("fillColor", value.FillColor);
        }

        writer.WriteEndObject();
    }

    // NaN and infinities are not JSON; ApexCharts draws a gap for null.
    private static void WriteNumber(Utf8JsonWriter writer, double? y)
    {
        if (y is { } v && double.IsFinite(v))
        {
            writer.WriteNumberValue(v);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
