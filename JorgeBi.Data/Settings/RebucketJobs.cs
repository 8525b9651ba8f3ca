using Dapper;
using JorgeBi.Core.Settings;
using Npgsql;

namespace JorgeBi.Data.Settings;

/// <summary>
/// Runs the queued time-zone moves (rebucket_job, sql/0007_rebuild_and_time_zone_moves.sql), one at a time, each in one
/// transaction under the aggregator's lock: the location's snapshots leave under the old zone,
/// the zone changes, and the nine steps of rebuild_rollups_step fill everything anew. Until it
/// commits, every reader sees the old zone and the old numbers. Progress is written after each
/// step on another connection, so pages on every instance can show it while the job runs.
/// </summary>
/// <remarks>
/// A job interrupted by a shutdown or a lost connection rolls back and stays "running" in its
/// row; the next run takes it again from the start. A job the database refuses fails, visibly.
/// </remarks>
public sealed class RebucketJobs(NpgsqlDataSource db)
{
    private const string Columns = RebucketQueries.Columns;

    public async Task<IReadOnlyList<RebucketJob>> ActiveAsync(CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await RebucketQueries.ActiveAsync(conn, ct);
    }

    /// <summary>Runs the oldest job not done; its final state, or null when none waits.</summary>
    /// <param name="progress">Told after each step, while the job's transaction is still open.</param>
    public async Task<RebucketJob?> RunNextAsync(Func<RebucketJob, CancellationToken, Task>? progress = null, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var claimed = await conn.QuerySingleOrDefaultAsync<RebucketQueries.JobRow>(new CommandDefinition(
            $"select {Columns} from rebucket_claim()", transaction: tx, commandTimeout: 0, cancellationToken: ct));
        if (claimed is null) return null;
        var job = claimed.ToJob();
        try
        {
            var plan = (await conn.QueryAsync<(int Step, long Weight)>(new CommandDefinition(
                "select step, weight from rebuild_rollups_plan(@LocationId)", job, tx, commandTimeout: 0, cancellationToken: ct))).AsList();
            job = await ReportAsync($"select {Columns} from rebucket_start(@JobId, @total)", new { job.JobId, total = plan.Sum(p => p.Weight) }, ct);
            await conn.ExecuteAsync(new CommandDefinition("select rebucket_switch_zone(@JobId)", job, tx, commandTimeout: 0, cancellationToken: ct));
            foreach (var (step, weight) in plan)
            {
                await conn.ExecuteAsync(new CommandDefinition("select rebuild_rollups_step(@LocationId, @step)",
                    new { job.LocationId, step }, tx, commandTimeout: 0, cancellationToken: ct));
                job = await ReportAsync($"select {Columns} from rebucket_progress(@JobId, @weight)", new { job.JobId, weight }, ct);
                if (progress is not null) await progress(job, ct);
            }
            await conn.ExecuteAsync(new CommandDefinition("select rebucket_finish(@JobId)", job, tx, cancellationToken: ct));
            await tx.CommitAsync(ct);
            return await FindAsync(job.JobId, ct);
        }
        catch (PostgresException e) when (!e.IsTransient)
        {
            await tx.RollbackAsync(CancellationToken.None);
            return await ReportAsync($"select {Columns} from rebucket_fail(@JobId, @error)", new { job.JobId, error = e.MessageText }, CancellationToken.None);
        }
    }

    // Outside the job's transaction, so every reader sees how far it is.
    private async Task<RebucketJob> ReportAsync(string sql, object args, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return (await conn.QuerySingleAsync<RebucketQueries.JobRow>(new CommandDefinition(sql, args, cancellationToken: ct))).ToJob();
    }

    public async Task<RebucketJob> FindAsync(long jobId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return (await conn.QuerySingleAsync<RebucketQueries.JobRow>(new CommandDefinition(
            $"select {Columns} from rebucket_job where job_id = @jobId", new { jobId }, cancellationToken: ct))).ToJob();
    }
}
