using Dapper;
using JorgeBi.Core.Alerts;
using JorgeBi.Core.Settings;
using JorgeBi.Data.Settings;
using Npgsql;

namespace JorgeBi.Data.Alerts;

/// <summary>
/// The owner's alert settings: the rules' values (one row, a null column following the
/// configuration) and each location's business hours. Every save is checked, stored and
/// audited in one transaction. The monitor reads them each round: nothing to invalidate.
/// </summary>
public sealed class AlertSettingsStore(NpgsqlDataSource db)
{
    private const string TuningColumns =
        """
        bot_success_enabled, bot_response_enabled, bot_response_min_interactions, bot_response_margin, bot_timeframe,
        anomaly_enabled, anomaly_sensitivity, anomaly_min_severity, commission_pace_enabled, commission_pace_tolerance,
        commission_pace_min_elapsed, silence_enabled, silence_minutes, health_enabled, health_include_degraded
        """;

    public async Task<AlertTuning> ReadTuningAsync(CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.QuerySingleAsync<AlertTuning>(new CommandDefinition($"select {TuningColumns} from alert_rule_settings", cancellationToken: ct));
    }

    /// <summary>Replaces the stored values with <paramref name="tuning"/>: a member left null follows the configuration again.</summary>
    public async Task<SaveResult<AlertTuning>> SaveTuningAsync(AlertTuning tuning, string actor, string? remoteIp = null, CancellationToken ct = default)
    {
        var errors = AlertSettingsRules.Check(tuning);
        if (!errors.IsEmpty) return SaveResult<AlertTuning>.Invalid(errors.ToDictionary());
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var old = await conn.QuerySingleAsync<AlertTuning>(new CommandDefinition(
            $"select {TuningColumns} from alert_rule_settings for update", transaction: tx, cancellationToken: ct));
        var saved = await conn.QuerySingleAsync<AlertTuning>(new CommandDefinition(
            $"""
            update alert_rule_settings set
                bot_success_enabled = @BotSuccessEnabled, bot_response_enabled = @BotResponseEnabled,
                bot_response_min_interactions = @BotResponseMinInteractions, bot_response_margin = @BotResponseMargin,
                bot_timeframe = @BotTimeframe, anomaly_enabled = @AnomalyEnabled, anomaly_sensitivity = @AnomalySensitivity,
                anomaly_min_severity = @AnomalyMinSeverity, commission_pace_enabled = @CommissionPaceEnabled,
                commission_pace_tolerance = @CommissionPaceTolerance, commission_pace_min_elapsed = @CommissionPaceMinElapsed,
                silence_enabled = @SilenceEnabled, silence_minutes = @SilenceMinutes, health_enabled = @HealthEnabled,
                health_include_degraded = @HealthIncludeDegraded
            returning {TuningColumns}
            """, tuning, tx, cancellationToken: ct));
        var changes = AlertTuning.Fields.Select(f => (f.Name, Old: old.Text(f.Name), New: saved.Text(f.Name))).Where(c => c.Old != c.New)
            .Select(c => $"{c.Name} {c.Old} -> {c.New}").ToList();
        await SettingsAudit.WriteAsync(conn, tx, actor, "settings.alerts", "rules", changes.Count == 0 ? "unchanged" : string.Join("; ", changes), remoteIp, ct);
        await tx.CommitAsync(ct);
        return new(SaveOutcome.Updated, saved, new Dictionary<string, string[]>());
    }

    /// <summary>Every location with its hours: its own, else <paramref name="configured"/>.</summary>
    public async Task<IReadOnlyList<LocationBusinessHours>> ListBusinessHoursAsync(BusinessHours configured, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<HoursRow>(new CommandDefinition(
            """
            select l.location_id, l.name, h.days, h.opens_at, h.closes_at
            from location l left join location_business_hours h using (location_id)
            order by l.location_id
            """, cancellationToken: ct));
        return rows.Select(r => r.ToHours(configured)).ToList();
    }

    /// <summary>The locations that have their own hours, by id.</summary>
    public async Task<IReadOnlyDictionary<string, BusinessHours>> OwnBusinessHoursAsync(CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<HoursRow>(new CommandDefinition(
            "select h.location_id, l.name, h.days, h.opens_at, h.closes_at from location_business_hours h join location l using (location_id)",
            cancellationToken: ct));
        return rows.ToDictionary(r => r.LocationId, r => r.Own!);
    }

    /// <summary>
    /// Sets a location's own hours, or with <paramref name="days"/>, <paramref name="opensAt"/> and
    /// <paramref name="closesAt"/> all null returns it to <paramref name="configured"/>. NotFound for an unknown location.
    /// </summary>
    public async Task<SaveResult<LocationBusinessHours>> SaveBusinessHoursAsync(
        string locationId, IReadOnlyList<string>? days, string? opensAt, string? closesAt, BusinessHours configured,
        string actor, string? remoteIp = null, CancellationToken ct = default)
    {
        var reset = days is null && opensAt is null && closesAt is null;
        BusinessHours? hours = null;
        if (!reset)
        {
            var errors = AlertSettingsRules.Check(days, opensAt, closesAt, out hours);
            if (!errors.IsEmpty) return SaveResult<LocationBusinessHours>.Invalid(errors.ToDictionary());
        }
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var old = await conn.QuerySingleOrDefaultAsync<HoursRow>(new CommandDefinition(
            """
            select l.location_id, l.name, h.days, h.opens_at, h.closes_at
            from location l left join location_business_hours h using (location_id)
            where l.location_id = @locationId for update of l
            """, new { locationId }, tx, cancellationToken: ct));
        if (old is null) return SaveResult<LocationBusinessHours>.NotFound();
        if (hours is null)
        {
            await conn.ExecuteAsync(new CommandDefinition(
                "delete from location_business_hours where location_id = @locationId", new { locationId }, tx, cancellationToken: ct));
        }
        else
        {
            await conn.ExecuteAsync(new CommandDefinition(
                """
                insert into location_business_hours (location_id, days, opens_at, closes_at) values (@locationId, @days, @opens::time, @closes::time)
                on conflict (location_id) do update set days = excluded.days, opens_at = excluded.opens_at, closes_at = excluded.closes_at
                """,
                new { locationId, days = hours.Days.Select(d => (short)d).ToArray(), opens = hours.OpensAt.ToTimeSpan(), closes = hours.ClosesAt.ToTimeSpan() },
                tx, cancellationToken: ct));
        }
        var before = old.ToHours(configured);
        var after = new LocationBusinessHours(locationId, old.Name, hours ?? configured, hours is null);
        await SettingsAudit.WriteAsync(conn, tx, actor, "settings.business_hours", locationId, $"{Describe(before)} -> {Describe(after)}", remoteIp, ct);
        await tx.CommitAsync(ct);
        return new(SaveOutcome.Updated, after, new Dictionary<string, string[]>());
    }

    private static string Describe(LocationBusinessHours h) => h.IsDefault ? $"{h.Hours} (default)" : h.Hours.ToString();

    // A class, not a positional record: Npgsql reports smallint[] as System.Array, which Dapper matches to no constructor.
    private sealed class HoursRow
    {
        public string LocationId { get; init; } = "";
        public string Name { get; init; } = "";
        public short[]? Days { get; init; }
        public TimeOnly? OpensAt { get; init; }
        public TimeOnly? ClosesAt { get; init; }

        public BusinessHours? Own => Days is null ? null : new(Days.Select(d => (DayOfWeek)d).ToList(), OpensAt!.Value, ClosesAt!.Value);

        public LocationBusinessHours ToHours(BusinessHours configured) => new(LocationId, Name, Own ?? configured, IsDefault: Own is null);
    }
}
