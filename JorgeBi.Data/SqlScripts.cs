using System.Collections.Concurrent;

namespace JorgeBi.Data;

/// <summary>The queries kept as .sql files under Sql/ (embedded resources), looked up by file name.</summary>
public static class SqlScripts
{
    private static readonly ConcurrentDictionary<string, string> Cache = new();

    public static string Get(string name) => Cache.GetOrAdd(name, static n =>
    {
        using var stream = typeof(SqlScripts).Assembly.GetManifestResourceStream($"queries.{n}.sql")
            ?? throw new InvalidOperationException($"No embedded query named {n}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}
