using JorgeBi.Core.Events;
using Npgsql;
using NpgsqlTypes;

namespace JorgeBi.Data.Events;

/// <summary>Writes one event as a row of the event_staging shape through binary COPY.</summary>
internal static class StagingRow
{
    public const string CreateTempTable = "create temp table incoming (like event_staging) on commit drop";

    public const string Copy =
        "copy incoming (event_id, type, location_id, lead_id, occurred_at, data, source, lead_type, temperature, agent_id, " +
        "frs, pcs, bot_id, conversation_id, processing_ms, success, confidence, stage, reason, appointment_id, scheduled_for, " +
        "deal_id, property_value, close_probability, expected_close_date, sale_price, commission_rate, amount, month) from stdin (format binary)";

    public static async Task WriteAsync(NpgsqlBinaryImporter w, BiEvent e, CancellationToken ct)
    {
        await w.StartRowAsync(ct);
        await w.WriteAsync(e.Id, NpgsqlDbType.Uuid, ct);
        await w.WriteAsync(e.Type, NpgsqlDbType.Text, ct);
        await w.WriteAsync(e.LocationId, NpgsqlDbType.Text, ct);
        await Text(w, e.LeadId, ct);
        await w.WriteAsync(e.OccurredAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, ct);
        await w.WriteAsync(EventJson.DataToJson(e.Data), NpgsqlDbType.Jsonb, ct);
        var c = Columns.Of(e.Data);
        await Text(w, c.Source, ct);
        await Text(w, c.LeadType, ct);
        await Text(w, c.Temperature, ct);
        await Text(w, c.AgentId, ct);
        await Value(w, c.Frs, NpgsqlDbType.Smallint, ct);
        await Value(w, c.Pcs, NpgsqlDbType.Smallint, ct);
        await Text(w, c.BotId, ct);
        await Text(w, c.ConversationId, ct);
        await Value(w, c.ProcessingMs, NpgsqlDbType.Double, ct);
        await Value(w, c.Success, NpgsqlDbType.Boolean, ct);
        await Value(w, c.Confidence, NpgsqlDbType.Double, ct);
        await Text(w, c.Stage, ct);
        await Text(w, c.Reason, ct);
        await Text(w, c.AppointmentId, ct);
        await Value(w, c.ScheduledFor?.ToUniversalTime(), NpgsqlDbType.TimestampTz, ct);
        await Text(w, c.DealId, ct);
        await Value(w, c.PropertyValue, NpgsqlDbType.Numeric, ct);
        await Value(w, c.CloseProbability, NpgsqlDbType.Numeric, ct);
        await Value(w, c.ExpectedCloseDate, NpgsqlDbType.Date, ct);
        await Value(w, c.SalePrice, NpgsqlDbType.Numeric, ct);
        await Value(w, c.CommissionRate, NpgsqlDbType.Numeric, ct);
        await Value(w, c.Amount, NpgsqlDbType.Numeric, ct);
        await Value(w, c.Month, NpgsqlDbType.Date, ct);
    }

    private static Task Text(NpgsqlBinaryImporter w, string? value, CancellationToken ct) =>
        value is null ? w.WriteNullAsync(ct) : w.WriteAsync(value, NpgsqlDbType.Text, ct);

    private static Task Value<T>(NpgsqlBinaryImporter w, T? value, NpgsqlDbType type, CancellationToken ct) where T : struct =>
        value is { } v ? w.WriteAsync(v, type, ct) : w.WriteNullAsync(ct);

    /// <summary>The typed columns of one event; unset ones are null.</summary>
    private sealed record Columns
    {
        public string? Source, LeadType, Temperature, AgentId, BotId, ConversationId, Stage, Reason, AppointmentId, DealId;
        public short? Frs, Pcs;
        public double? ProcessingMs, Confidence;
        public bool? Success;
        public DateTimeOffset? ScheduledFor;
        public decimal? PropertyValue, CloseProbability, SalePrice, CommissionRate, Amount;
        public DateOnly? ExpectedCloseDate, Month;

        public static Columns Of(EventData data) => data switch
        {
            LeadCreated d => new() { Source = d.Source, LeadType = d.LeadType, Temperature = d.Temperature, AgentId = d.AgentId },
            LeadScored d => new() { Temperature = d.Temperature, Frs = (short)d.Frs, Pcs = (short)d.Pcs },
            BotInteraction d => new()
            {
                BotId = d.BotId, ConversationId = d.ConversationId, ProcessingMs = d.ProcessingTimeMs,
                Success = d.Success, Confidence = d.Confidence, Stage = d.Stage,
            },
            BotHandoff d => new() { BotId = d.BotId, ConversationId = d.ConversationId, AgentId = d.AgentId, Reason = d.Reason },
            LeadQualified d => new() { BotId = d.BotId },
            AppointmentBooked d => new() { AppointmentId = d.AppointmentId, AgentId = d.AgentId, ScheduledFor = d.ScheduledFor, BotId = d.BotId },
            DealStageChanged d => new()
            {
                DealId = d.DealId, Stage = d.Stage, PropertyValue = d.PropertyValue, CloseProbability = d.CloseProbability,
                AgentId = d.AgentId, ExpectedCloseDate = d.ExpectedCloseDate,
            },
            DealClosed d => new() { DealId = d.DealId, SalePrice = d.SalePrice, CommissionRate = d.CommissionRate, AgentId = d.AgentId },
            DealLost d => new() { DealId = d.DealId, Reason = d.Reason },
            MarketingSpend d => new() { Source = d.Source, Amount = d.Amount, Month = DateOnly.ParseExact(d.Month + "-01", "yyyy-MM-dd") },
            _ => throw new ArgumentOutOfRangeException(nameof(data), data.GetType().Name, "Unknown event kind."),
        };
    }
}
