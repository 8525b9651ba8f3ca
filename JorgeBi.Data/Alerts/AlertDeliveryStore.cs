using Dapper;
using Npgsql;

namespace JorgeBi.Data.Alerts;

/// <summary>The outbox of alert messages: claiming what is due, recording each attempt, listing failures.</summary>
public sealed class AlertDeliveryStore(NpgsqlDataSource db)
{
    private const string Columns =
        "delivery_id, alert_id, transition, channel, target, created_at, attempts, last_attempt_at, last_error, delivered_at, failed_at";

    /// <summary>
    /// Up to <paramref name="limit"/> undelivered messages nobody else holds, each with its alert,
    /// held for <paramref name="lease"/>: long enough for all its retries.
    /// </summary>
    public async Task<IReadOnlyList<(AlertDelivery Delivery, AlertRecord Alert)>> ClaimAsync(int limit, TimeSpan lease, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var claimed = (await conn.QueryAsync<AlertDelivery>(new CommandDefinition(
            $"""
            update alert_delivery set claimed_until = now() + @lease
            where delivery_id in (
                select delivery_id from alert_delivery
                where delivered_at is null and failed_at is null and (claimed_until is null or claimed_until < now())
                order by delivery_id limit @limit for update skip locked)
            returning {Columns}
            """, new { limit, lease }, cancellationToken: ct))).AsList();
        if (claimed.Count == 0) return [];
        var alerts = (await conn.QueryAsync<AlertRecord>(new CommandDefinition(
            "select alert_id, alert_key, rule, location_id, severity, title, message, fired_at, resolved_at from alert where alert_id = any(@ids)",
            new { ids = claimed.Select(d => d.AlertId).Distinct().ToArray() }, cancellationToken: ct))).ToDictionary(a => a.AlertId);
        return claimed.OrderBy(d => d.DeliveryId).Select(d => (d, alerts[d.AlertId])).ToList();
    }

    /// <summary>
    /// One attempt: delivered when <paramref name="error"/> is null, else given up when
    /// <paramref name="gaveUp"/>. An error stays recorded after a later success, so retries show.
    /// </summary>
    public async Task RecordAttemptAsync(long deliveryId, string? error, bool gaveUp, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition(
            """
            update alert_delivery set
                attempts = attempts + 1, last_attempt_at = now(), last_error = coalesce(@error, last_error),
                delivered_at = case when @error is null then now() end,
                failed_at = case when @error is not null and @gaveUp then now() end
            where delivery_id = @deliveryId
            """, new { deliveryId, error, gaveUp }, cancellationToken: ct));
    }

    /// <summary>Deliveries of an alert, oldest first.</summary>
    public async Task<IReadOnlyList<AlertDelivery>> OfAlertAsync(long alertId, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return (await conn.QueryAsync<AlertDelivery>(new CommandDefinition(
            $"select {Columns} from alert_delivery where alert_id = @alertId order by delivery_id", new { alertId }, cancellationToken: ct))).AsList();
    }

    /// <summary>Deliveries that hit an error (given up, still retrying, or delivered after retries), latest attempt first.</summary>
    public async Task<IReadOnlyList<AlertDelivery>> FailuresAsync(int limit, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return (await conn.QueryAsync<AlertDelivery>(new CommandDefinition(
            $"select {Columns} from alert_delivery where last_error is not null order by last_attempt_at desc limit @limit",
            new { limit }, cancellationToken: ct))).AsList();
    }
}
