using Dapper;
using Npgsql;

namespace JorgeBi.Tests.Support;

/// <summary>Waits for a running app's aggregator to apply everything appended so far.</summary>
public static class AppliedLog
{
    public static async Task WaitUntilCaughtUpAsync(NpgsqlDataSource db, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        await using var conn = await db.OpenConnectionAsync(cts.Token);
        var target = await conn.ExecuteScalarAsync<long>("select coalesce(max(seq), 0) from event");
        while (await conn.ExecuteScalarAsync<long>("select applied_seq from log_state") < target)
        {
            await Task.Delay(20, cts.Token);
        }
    }
}
