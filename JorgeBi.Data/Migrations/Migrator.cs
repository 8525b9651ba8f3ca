using DbUp;
using DbUp.Engine.Output;
using Microsoft.Extensions.Logging;

namespace JorgeBi.Data.Migrations;

/// <summary>
/// Applies the numbered scripts of /sql (embedded in this assembly) in name order, each in
/// its own transaction, journaled in <c>schemaversions</c>: re-running applies only new ones.
/// </summary>
public sealed class Migrator(ILogger<Migrator> logger)
{
    private const string Prefix = "sql.";

    /// <summary>The newest script this build ships, as journaled (e.g. <c>sql.0008_change_feed.sql</c>).</summary>
    public static string LatestScript { get; } = typeof(Migrator).Assembly.GetManifestResourceNames()
        .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
        .Max(StringComparer.Ordinal)!;

    public async Task MigrateAsync(string connectionString, CancellationToken ct = default)
    {
        // DbUp is synchronous; keep it off the caller's thread.
        var result = await Task.Run(() => Scripts(connectionString)
            .WithTransactionPerScript()
            .LogTo(new UpgradeLog(logger))
            .Build()
            .PerformUpgrade(), ct);
        if (!result.Successful)
        {
            throw new InvalidOperationException($"Migration {result.ErrorScript?.Name} failed: {result.Error?.Message}", result.Error);
        }
    }

    /// <summary>Names of the scripts not yet applied; empty when the schema is current.</summary>
    public IReadOnlyList<string> PendingScripts(string connectionString) =>
        Scripts(connectionString)
            .LogToNowhere()
            .Build()
            .GetScriptsToExecute()
            .Select(s => s.Name)
            .ToList();

    private static DbUp.Builder.UpgradeEngineBuilder Scripts(string connectionString) =>
        DeployChanges.To
            .PostgresqlDatabase(connectionString)
            .WithScriptsEmbeddedInAssembly(typeof(Migrator).Assembly, name => name.StartsWith(Prefix, StringComparison.Ordinal));

    private sealed class UpgradeLog(ILogger logger) : IUpgradeLog
    {
        public void LogTrace(string format, params object[] args) { }
        public void LogDebug(string format, params object[] args) { }
        public void LogInformation(string format, params object[] args) => logger.LogInformation("Migrations: {Message}", string.Format(format, args));
        public void LogWarning(string format, params object[] args) => logger.LogWarning("Migrations: {Message}", string.Format(format, args));
        public void LogError(string format, params object[] args) => logger.LogError("Migrations: {Message}", string.Format(format, args));
        public void LogError(Exception ex, string format, params object[] args) => logger.LogError(ex, "Migrations: {Message}", string.Format(format, args));
    }
}
