namespace JorgeBi.Tests.Security;

/// <summary>
/// SQL is parameterised everywhere: no string built at run time reaches the database unless
/// it is listed here, reviewed, with the reason its holes cannot carry input.
/// </summary>
public sealed class StringBuiltSqlTests
{
    private sealed record Reviewed(string File, string Fragment, string Reason);

    private static readonly IReadOnlyList<Reviewed> AllowList =
    [
        new("JorgeBi.Data/Leads/DrillSql.cs", "$\"{column} = @f_{f.Name}\"",
            "column comes from the query's fixed FilterColumns map, f.Name from LeadsFilters.Set(), whose names are its six constants; the value is the parameter @f_<name>"),
        new("JorgeBi.Data/Leads/DrillSql.cs", "\" where \" + string.Join(\" and \", conditions)",
            "joins the conditions built just above from fixed columns and parameter names"),
        new("JorgeBi.Data/Leads/DrillSql.cs", "select {q.Columns} from f{where} order by {q.OrderBy} limit @limit offset @offset",
            "q is one of the four static DrillQuery instances (constant column lists and sorts), where is the fixed WHERE above; paging values are parameters"),
        new("JorgeBi.Data/Leads/DrillSql.cs", "select {q.Columns} from f order by {q.OrderBy}\"",
            "q is one of the four static DrillQuery instances: constant column list and sort"),
        new("JorgeBi.Data/Leads/DrillSql.cs", "select count(*) as total, {q.Summary} from f{where}",
            "q.Summary is a constant of one of the four static DrillQuery instances, where is the fixed WHERE above"),
        new("JorgeBi.Data/Leads/DrillSql.cs", "$\"with f as (\\n{q.Script}\\n)\"",
            "wraps the embedded .sql script of a static DrillQuery (a SqlScripts.Leads property)"),
        new("JorgeBi.Data/Postgres/PostgresCluster.cs", "$\"create database \\\"{database.Replace(\"\\\"\", \"\\\"\\\"\")}\\\"\"",
            "CREATE DATABASE takes no parameters; the name (from configuration or the test harness, never a request) is quoted as an identifier with its quotes doubled"),
    ];

    private static readonly Lazy<IReadOnlyList<SqlFinding>> Findings = new(() => StringBuiltSql.Scan("JorgeBi.Core", "JorgeBi.Data", "JorgeBi.Web"));

    [Fact]
    public void Sources_BuildNoSqlFromStrings_BeyondTheReviewedFragments()
    {
        var unreviewed = Findings.Value.Where(f => !AllowList.Any(a => Covers(a, f))).Select(f => f.ToString());

        Assert.Empty(unreviewed);
    }

    [Fact]
    public void AllowList_EveryEntryStillMatchesExactlyOneFinding()
    {
        var stale = AllowList.Where(a => Findings.Value.Count(f => Covers(a, f)) != 1).Select(a => $"{a.File}: {a.Fragment}");

        Assert.Empty(stale);
    }

    [Fact]
    public void Scanner_FindsInterpolationConcatenationAndCommandArguments()
    {
        // The scanner's own check, on the kinds of code it exists to catch (and two it must let pass).
        var findings = StringBuiltSql.ScanSource(""""
            class Probe
            {
                const string Columns = "a, b";
                void M(System.Data.IDbConnection conn, string name, string sort)
                {
                    conn.Execute($"delete from t where name = '{name}'");
                    var q = "select * from t order by " + sort;
                    var raw = $$"""select {{Columns}}, {{sort}} from t""";
                    new NpgsqlCommand(name + ";", null);
                    var fine = $"select {Columns} from t where id = @id";
                    var message = $"Unknown sort {sort}.";
                }
            }
            """");

        Assert.Equal([6, 7, 8, 9], findings.Select(f => f.Line));
    }

    private static bool Covers(Reviewed entry, SqlFinding finding) =>
        finding.File == entry.File && finding.Code.Contains(entry.Fragment, StringComparison.Ordinal);
}
