using Dapper;
using JorgeBi.Core.Alerts;
using Npgsql;

namespace JorgeBi.Data.Alerts;

/// <summary>
/// Alert state and history. Recording compares the conditions that hold now with the firing
/// alerts and writes only the differences, under a transaction-scoped advisory lock so two
/// instances evaluating at once cannot both fire the same alert.
/// </summary>
public sealed class AlertStore(NpgsqlDataSource db)
{
    private const string Columns = "alert_id, alert_key, rule, location_id, severity, title, message, fired_at, resolved_at";

    /// <summary>
    /// The transitions from the firing alerts to <paramref name="holding"/>, each with one
    /// delivery per target; null when another instance is recording at this moment.
    /// A still-firing alert takes the latest severity and wording without a transition.
    /// </summary>
    public async Task<IReadOnlyList<AlertTransition>?> RecordAsync(
        IReadOnlyList<AlertCondition> holding, DateTimeOffset now, IReadOnlyList<DeliveryTarget> targets, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        if (!await conn.ExecuteScalarAsync<bool>(new CommandDefinition(
                "select pg_try_advisory_xact_lock(hashtext('jorgebi.alerts'))", transaction: tx, cancellationToken: ct)))
            return null;

        var firing = (await conn.QueryAsync<AlertRecord>(new CommandDefinition(
            $"select {Columns} from alert where resolved_at is null", transaction: tx, cancellationToken: ct))).ToDictionary(a => a.AlertKey);
        var transitions = new List<AlertTransition>();
        foreach (var c in holding.DistinctBy(c => c.Key))
        {
            if (firing.Remove(c.Key, out var open))
            {
                await conn.ExecuteAsync(new CommandDefinition(
                    "update alert set severity = @Severity, title = @Title, message = @Message where alert_id = @id and (severity, title, message) is distinct from (@Severity, @Title, @Message)",
                    new { c.Severity, c.Title, c.Message, id = open.AlertId }, tx, cancellationToken: ct));
                continue;
            }
            var fired = await conn.QuerySingleAsync<AlertRecord>(new CommandDefinition(
                $"insert into alert (alert_key, rule, location_id, severity, title, message, fired_at) values (@Key, @Rule, @LocationId, @Severity, @Title, @Message, @now) returning {Columns}",
                new { c.Key, c.Rule, c.LocationId, c.Severity, c.Title, c.Message, now }, tx, cancellationToken: ct));
            transitions.Add(new AlertTransition(AlertTransition.Fired, fired));
        }
        foreach (var ended in firing.Values)
        {
            var resolved = await conn.QuerySingleAsync<AlertRecord>(new CommandDefinition(
                $"update alert set resolved_at = @now where alert_id = @id returning {Columns}", new { now, id = ended.AlertId }, tx, cancellationToken: ct));
            transitions.Add(new AlertTransition(AlertTransition.Resolved, resolved));
        }
        foreach (var t in transitions)
            foreach (var target in targets)
            {
                await conn.ExecuteAsync(new CommandDefinition(
                    "insert into alert_delivery (alert_id, transition, channel, target) values (@AlertId, @Transition, @Channel, @Target)",
                    new { t.Alert.AlertId, t.Transition, target.Channel, target.Target }, tx, cancellationToken: ct));
            }
        await tx.CommitAsync(ct);
        return transitions;
    }

    /// <summary>The firing alerts, most severe and then newest first; of the given locations (and system-wide ones) when a filter is given.</summary>
    public async Task<IReadOnlyList<AlertRecord>> FiringAsync(IReadOnlyCollection<string>? locations = null, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return (await conn.QueryAsync<AlertRecord>(new CommandDefinition(
            $"""
            select {Columns} from alert
            where resolved_at is null and (@all or location_id is null or location_id = any(@locations))
            order by severity = 'critical' desc, fired_at desc
            """,
            new { all = locations is null, locations = locations?.ToArray() ?? [] }, cancellationToken: ct))).AsList();
    }

    /// <summary>The latest firings, resolved or not, newest first.</summary>
    public async Task<IReadOnlyList<AlertRecord>> HistoryAsync(int limit, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return (await conn.QueryAsync<AlertRecord>(new CommandDefinition(
            $"select {Columns} from alert order by fired_at desc, alert_id desc limit @limit", new { limit }, cancellationToken: ct))).AsList();
    }
}
