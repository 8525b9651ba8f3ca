using System.Text.RegularExpressions;
using Dapper;
using JorgeBi.Bench.Support;
using JorgeBi.Core.Kpis;
using JorgeBi.Data;

namespace JorgeBi.Bench.Measurements;

/// <summary>
/// EXPLAIN (ANALYZE, BUFFERS) of every dashboard query (the .sql files the app embeds) for
/// the last year of the bench database. Drill-down row queries and the raw-scan reference
/// (drill_*, fact_*) read the facts by design and are left out.
/// </summary>
public sealed partial class QueryPlans(BenchDatabase database, Report report)
{
    public async Task RunAsync()
    {
        var location = await database.LocationAsync();
        var period = BenchDatabase.LastYear(location);
        var now = DateTime.UtcNow;
        var args = PeriodArgs.For(location, period, new
        {
            grain = TrendBuckets.SqlField(TrendGrain.Week),
            before = PeriodArgs.Local(location.LocalNow(DateTimeOffset.UtcNow)),
            as_of = now, since = now.AddDays(-1), until = now, active_since = now.AddMinutes(-30), limit = 20, by = "source",
        });
        report.Section("Query plans",
            $"`EXPLAIN (ANALYZE, BUFFERS)` of each dashboard query for `{location.LocationId}`, {period.Start:yyyy-MM-dd} to {period.End:yyyy-MM-dd} " +
            "(weekly trend grain; live queries for the last day). \"facts\" says whether the plan touches an event or fact table.");
        var plans = new List<(string Name, string Plan)>();
        await using var conn = await database.DataSource.OpenConnectionAsync();
        foreach (var (name, sql) in DashboardQueries())
        {
            try
            {
                var lines = await conn.QueryAsync<string>(new CommandDefinition("explain (analyze, buffers) " + sql, args, commandTimeout: 0));
                plans.Add((name, string.Join('\n', lines)));
            }
            catch (Npgsql.PostgresException e)
            {
                // A query whose parameters this step does not know yet: reported, not fatal to the run.
                plans.Add((name, $"not measured: {e.MessageText}"));
            }
        }
        report.Table(["query", "execution ms", "facts"], plans.Select(p => (IReadOnlyList<string>)
            [$"`{p.Name}.sql`", ExecutionTime().Match(p.Plan).Groups[1].Value, FactTable().IsMatch(p.Plan) ? "yes" : "no"]));
        foreach (var (name, plan) in plans)
        {
            report.Line($"<details><summary>{name}.sql</summary>");
            report.Code(plan);
            report.Line("</details>");
        }
    }

    private static IEnumerable<(string Name, string Sql)> DashboardQueries() =>
        SqlScripts.All
            .Where(q => !q.Key.StartsWith("drill_", StringComparison.Ordinal) && !q.Key.StartsWith("fact_", StringComparison.Ordinal))
            .OrderBy(q => q.Key, StringComparer.Ordinal)
            .Select(q => (q.Key, q.Value));

    [GeneratedRegex(@"Execution Time: ([\d.]+) ms")]
    private static partial Regex ExecutionTime();

    [GeneratedRegex(@"\bon (event|fact_\w+)\b")]
    private static partial Regex FactTable();
}
