namespace JorgeBi.Core.Revenue;

/// <summary>The wire names of <see cref="RevenueGroupBy"/>: <c>source</c>, <c>bot</c>, <c>agent</c>.</summary>
public static class RevenueGroupings
{
    public static readonly IReadOnlyList<string> Names = ["source", "bot", "agent"];

    public static string Name(RevenueGroupBy groupBy) => Names[(int)groupBy];

    public static bool TryParse(string? name, out RevenueGroupBy groupBy)
    {
        var index = Names.ToList().IndexOf(name?.Trim().ToLowerInvariant() ?? "");
        groupBy = index < 0 ? RevenueGroupBy.Source : (RevenueGroupBy)index;
        return index >= 0;
    }
}
