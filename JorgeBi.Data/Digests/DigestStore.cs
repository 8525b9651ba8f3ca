using Dapper;
using JorgeBi.Core.Alerts;
using JorgeBi.Core.Digests;
using JorgeBi.Core.Settings;
using JorgeBi.Data.Settings;
using Npgsql;

namespace JorgeBi.Data.Digests;

/// <summary>
/// Digest subscriptions (added and removed by owners, audited) and what was sent: a period
/// of a subscription is claimed by writing its row before sending, so it goes out once
/// however often, and on however many instances, the sender runs.
/// </summary>
public sealed class DigestStore(NpgsqlDataSource db)
{
    public async Task<IReadOnlyList<DigestSubscription>> ListAsync(CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return (await conn.QueryAsync<SubscriptionRow>(new CommandDefinition(
            """
            select s.subscription_id, s.email, s.frequency, s.location_id, s.created_at,
                   (select max(d.sent_at) from digest_delivery d where d.subscription_id = s.subscription_id) as last_sent_at
            from digest_subscription s order by s.location_id, s.email, s.frequency
            """, cancellationToken: ct))).Select(r => r.ToSubscription()).ToList();
    }

    /// <summary>
    /// Subscribes <paramref name="email"/>: Created, or Updated when the same subscription
    /// already exists (nothing changes); Invalid naming location_id for an unknown location.
    /// </summary>
    public async Task<SaveResult<DigestSubscription>> AddAsync(
        string? email, string? frequency, string? locationId, DateTimeOffset now, string actor, string? remoteIp = null, CancellationToken ct = default)
    {
        var errors = AlertSettingsRules.CheckSubscription(email, frequency, locationId);
        if (!errors.IsEmpty) return SaveResult<DigestSubscription>.Invalid(errors.ToDictionary());
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        if (!await conn.ExecuteScalarAsync<bool>(new CommandDefinition(
                "select exists (select from location where location_id = @locationId)", new { locationId }, tx, cancellationToken: ct)))
        {
            return SaveResult<DigestSubscription>.Invalid(new Dictionary<string, string[]> { [AlertTuningFields.LocationId] = ["Unknown location."] });
        }
        var created = await conn.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
            """
            insert into digest_subscription (email, frequency, location_id, created_at) values (@email, @frequency, @locationId, @now)
            on conflict (email, frequency, location_id) do nothing returning subscription_id
            """, new { email, frequency, locationId, now = now.UtcDateTime }, tx, cancellationToken: ct));
        if (created is not null)
            await SettingsAudit.WriteAsync(conn, tx, actor, "settings.digest.create", email!, $"{frequency} digest of {locationId}", remoteIp, ct);
        await tx.CommitAsync(ct);
        var saved = (await ListAsync(ct)).Single(s => s.Email == email && s.Frequency == frequency && s.LocationId == locationId);
        return new(created is null ? SaveOutcome.Updated : SaveOutcome.Created, saved, new Dictionary<string, string[]>());
    }

    /// <summary>Ends a subscription; false when there is none with that id.</summary>
    public async Task<bool> RemoveAsync(long subscriptionId, string actor, string? remoteIp = null, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var removed = await conn.QuerySingleOrDefaultAsync<SubscriptionRow>(new CommandDefinition(
            "delete from digest_subscription where subscription_id = @subscriptionId returning subscription_id, email, frequency, location_id, created_at, null::timestamptz as last_sent_at",
            new { subscriptionId }, tx, cancellationToken: ct));
        if (removed is null) return false;
        await SettingsAudit.WriteAsync(conn, tx, actor, "settings.digest.delete", removed.Email, $"{removed.Frequency} digest of {removed.LocationId}", remoteIp, ct);
        await tx.CommitAsync(ct);
        return true;
    }

    /// <summary>
    /// Takes the period of a subscription for sending, for <paramref name="lease"/>: the first
    /// time, and again after a failed attempt once its lease is over. Returns the attempts made
    /// before; null once sent, given up, or while another sender holds it.
    /// </summary>
    public async Task<int?> ClaimAsync(long subscriptionId, DigestDue due, TimeSpan lease, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<int?>(new CommandDefinition(
            """
            insert into digest_delivery as d (subscription_id, period_start, period_end, claimed_until)
            values (@subscriptionId, @start::date, @end::date, now() + @lease)
            on conflict (subscription_id, period_start) do update set claimed_until = excluded.claimed_until
            where d.sent_at is null and d.failed_at is null and d.claimed_until < now()
            returning attempts
            """, new { subscriptionId, start = PeriodArgs.Local(due.Period.Start), end = PeriodArgs.Local(due.Period.End), lease }, cancellationToken: ct));
    }

    /// <summary>One attempt: sent when <paramref name="error"/> is null, else given up or retried after <paramref name="retryAfter"/>.</summary>
    public async Task RecordAttemptAsync(long subscriptionId, DigestDue due, string? error, bool gaveUp, TimeSpan retryAfter, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition(
            """
            update digest_delivery set
                attempts = attempts + 1, last_attempt_at = now(), last_error = coalesce(@error, last_error),
                sent_at = case when @error is null then now() end,
                failed_at = case when @error is not null and @gaveUp then now() end,
                claimed_until = case when @error is not null then now() + @retryAfter end
            where subscription_id = @subscriptionId and period_start = @start::date
            """, new { subscriptionId, start = PeriodArgs.Local(due.Period.Start), error, gaveUp, retryAfter }, cancellationToken: ct));
    }

    /// <summary>Every digest claimed so far, oldest period first.</summary>
    public async Task<IReadOnlyList<DigestDelivery>> DeliveriesAsync(CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return (await conn.QueryAsync<DeliveryRow>(new CommandDefinition(
            """
            select subscription_id, period_start, period_end, attempts, last_error, sent_at, failed_at
            from digest_delivery order by period_start, subscription_id
            """, cancellationToken: ct))).Select(r => r.ToDelivery()).ToList();
    }

    private static DateTimeOffset? Utc(DateTime? at) => at is { } t ? new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc)) : null;

    private sealed record SubscriptionRow(long SubscriptionId, string Email, string Frequency, string LocationId, DateTime CreatedAt, DateTime? LastSentAt)
    {
        public DigestSubscription ToSubscription() => new(SubscriptionId, Email, Frequency, LocationId, Utc(CreatedAt)!.Value, Utc(LastSentAt));
    }

    private sealed record DeliveryRow(long SubscriptionId, DateOnly PeriodStart, DateOnly PeriodEnd, int Attempts, string? LastError, DateTime? SentAt, DateTime? FailedAt)
    {
        public DigestDelivery ToDelivery() => new(SubscriptionId, PeriodStart, PeriodEnd, Attempts, LastError, Utc(SentAt), Utc(FailedAt));
    }
}
