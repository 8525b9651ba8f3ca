using Dapper;
using DbUp;
using DbUp.Engine.Output;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace JorgeBi.Data.Migrations;

/// <summary>
/// Applies the numbered scripts of /sql (embedded in this assembly) in name order, each in
/// its own transaction, journaled in <c>schemaversions</c>: re-running applies only new ones.
/// </summary>
/// <remarks>
/// The schema starts from a baseline (<see cref="BaselineScripts"/>) that replaced the chain of
/// scripts databases were first built with (<see cref="SquashedChain"/>). Both give the same
/// schema, so a database journaled with the whole chain is adopted: the baseline is journaled as
/// applied without running it. A database with only part of the chain cannot be brought to
/// the baseline and is refused.
/// </remarks>
public sealed class Migrator(ILogger<Migrator> logger)
{
    private const string Prefix = "sql.";

    /// <summary>The newest script this build ships, as journaled (e.g. <c>sql.0009_alerts_and_digests.sql</c>).</summary>
    public static string LatestScript { get; } = typeof(Migrator).Assembly.GetManifestResourceNames()
        .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
        .Max(StringComparer.Ordinal)!;

    /// <summary>The scripts of the baseline schema, as journaled; later scripts build on them.</summary>
    public static IReadOnlyList<string> BaselineScripts { get; } =
    [
        "sql.0001_dimensions_and_rates.sql",
        "sql.0002_event_log_and_facts.sql",
        "sql.0003_lead_and_deal_snapshots.sql",
        "sql.0004_rollups.sql",
        "sql.0005_per_lead_kpi_rollups.sql",
        "sql.0006_aggregator.sql",
        "sql.0007_rebuild_and_time_zone_moves.sql",
        "sql.0008_access_and_audit.sql",
        "sql.0009_alerts_and_digests.sql",
    ];

    /// <summary>The scripts the baseline replaced, as journaled by the versions that shipped them.</summary>
    public static IReadOnlyList<string> SquashedChain { get; } =
    [
        "sql.0001_dimensions.sql", "sql.0002_facts.sql", "sql.0003_rollups.sql", "sql.0004_ingestion.sql",
        "sql.0005_rollup_maintenance.sql", "sql.0006_auth.sql", "sql.0007_event_received_index.sql",
        "sql.0008_change_feed.sql", "sql.0009_set_based_rebuild.sql", "sql.0010_data_protection_keys.sql",
        "sql.0011_ingestion_without_row_checks.sql", "sql.0012_daily_kpi_rollups.sql",
        "sql.0013_kpi_covering_indexes.sql", "sql.0015_daily_rollups.sql",
        "sql.0016_live_and_attribution_indexes.sql", "sql.0018_analyze_ingested_batch.sql",
        "sql.0019_event_log.sql", "sql.0020_per_lead_kpi_rollups.sql", "sql.0021_analyze_touched_rows.sql",
        "sql.0022_prune_only_touched_rollup_rows.sql", "sql.0023_append_events_joins_ids.sql",
        "sql.0024_rollups_from_the_batch.sql", "sql.0025_speed_to_lead_monthly.sql", "sql.0030_settings.sql",
        "sql.0040_alerts.sql", "sql.0041_speed_seconds.sql", "sql.0042_location_scopes.sql",
        "sql.0043_alert_settings.sql", "sql.0044_commission_rate_history.sql", "sql.0045_online_rebucket.sql",
        "sql.0046_batch_tables_per_session.sql",
    ];

    /// <summary>
    /// True when <paramref name="script"/> (a journaled name) comes from a newer version than
    /// this build; the squashed chain is older than the baseline whatever its numbers say.
    /// </summary>
    public static bool IsNewerThanThisBuild(string script) =>
        !SquashedChain.Contains(script) && string.CompareOrdinal(script, LatestScript) > 0;

    public async Task MigrateAsync(string connectionString, CancellationToken ct = default)
    {
        await AdoptSquashedChainAsync(connectionString, ct);
        // DbUp is synchronous; keep it off the caller's thread.
        // No command timeout: a script that backfills a new rollup from the facts of a large
        // database takes minutes, and cutting it off would only roll it back to start again.
        var result = await Task.Run(() => Scripts(connectionString)
            .WithExecutionTimeout(TimeSpan.Zero)
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
    public IReadOnlyList<string> PendingScripts(string connectionString)
    {
        // A database on the whole squashed chain already has the baseline's schema.
        using var conn = new NpgsqlConnection(connectionString);
        conn.Open();
        var covered = NeedsAdoption(Journal(conn)) ? BaselineScripts : [];
        return Scripts(connectionString)
            .LogToNowhere()
            .Build()
            .GetScriptsToExecute()
            .Select(s => s.Name)
            .Except(covered)
            .ToList();
    }

    /// <summary>
    /// Journals the baseline as applied in a database built with the whole squashed chain
    /// (the same schema), once; refuses a database with only part of the chain.
    /// </summary>
    private async Task AdoptSquashedChainAsync(string connectionString, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        // Instances starting together adopt once: the second waits, then finds the baseline journaled.
        if (await conn.ExecuteScalarAsync<bool>("select to_regclass('public.schemaversions') is not null", transaction: tx))
        {
            await conn.ExecuteAsync("lock table schemaversions in exclusive mode", transaction: tx);
        }
        if (!NeedsAdoption(Journal(conn, tx)))
        {
            return;
        }
        foreach (var script in BaselineScripts)
        {
            await conn.ExecuteAsync("insert into schemaversions (scriptname, applied) values (@script, localtimestamp)", new { script }, tx);
        }
        await tx.CommitAsync(ct);
        logger.LogInformation(
            "Migrations: the database was built with the scripts the baseline replaced (up to {Last}); its schema is the baseline's, so {Count} baseline scripts were journaled as applied without running them",
            SquashedChain[^1], BaselineScripts.Count);
    }

    private static HashSet<string> Journal(NpgsqlConnection conn, NpgsqlTransaction? tx = null) =>
        conn.ExecuteScalar<bool>("select to_regclass('public.schemaversions') is not null", transaction: tx)
            ? [.. conn.Query<string>("select scriptname from schemaversions", transaction: tx)]
            : [];

    /// <summary>
    /// True for a journal of the whole squashed chain without the baseline; throws for a
    /// journal of only part of that chain, which no script brings to the baseline.
    /// </summary>
    private static bool NeedsAdoption(HashSet<string> journal)
    {
        var fromChain = SquashedChain.Count(journal.Contains);
        if (fromChain == 0 || BaselineScripts.Any(journal.Contains))
        {
            return false;
        }
        if (fromChain < SquashedChain.Count)
        {
            var missing = SquashedChain.First(s => !journal.Contains(s));
            throw new InvalidOperationException(
                $"This database was migrated with only part of the scripts the schema baseline replaced (it lacks {missing}), "
                + "so it cannot be brought to the baseline. Recreate it (start with an empty database), or "
                + $"first migrate it with the previous version of JorgeBi, which applies the scripts up to {SquashedChain[^1]}.");
        }
        return true;
    }

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
