using Dapper;
using JorgeBi.Core.Analytics;
using JorgeBi.Core.DrillDown;

namespace JorgeBi.Data.DrillDown;

/// <summary>
/// Wraps a drill-down script as "f" and filters, pages or summarises it. The WHERE is built
/// from the query's fixed filter columns; every value travels as a parameter.
/// </summary>
internal static class DrillSql
{
    public static DynamicParameters Args(LocationInfo location, Period period, bool qualifiedOnly, DrillDownFilters filters)
    {
        var args = new DynamicParameters(new { loc = location.LocationId, start = period.Start, end = period.End, qualified = qualifiedOnly });
        foreach (var (name, value) in filters.Set()) args.Add("f_" + name, value);
        return args;
    }

    public static string Where(DrillQuery q, DrillDownFilters filters)
    {
        var conditions = filters.Set().Select(f => q.FilterColumns.TryGetValue(f.Name, out var column)
            ? $"{column} = @f_{f.Name}"
            : throw new ArgumentException($"Filter {f.Name} does not apply to these rows.", nameof(filters))).ToList();
        return conditions.Count == 0 ? "" : " where " + string.Join(" and ", conditions);
    }

    public static string Page(DrillQuery q, string where) => $"{From(q)} select {q.Columns} from f{where} order by {q.OrderBy} limit @limit offset @offset";

    public static string All(DrillQuery q) => $"{From(q)} select {q.Columns} from f order by {q.OrderBy}";

    public static string Summary(DrillQuery q, string where) => $"{From(q)} select count(*) as total, {q.Summary} from f{where}";

    private static string From(DrillQuery q) => $"with f as (\n{SqlScripts.Get(q.Script)}\n)";
}
