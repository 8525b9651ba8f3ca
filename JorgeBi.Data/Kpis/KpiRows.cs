using JorgeBi.Core.Kpis;

namespace JorgeBi.Data.Kpis;

/// <summary>Row shapes shared by the rollup and raw-scan KPI readers.</summary>
internal sealed record KpiCountsRow(
    long TotalLeads, long QualifiedLeads, long Conversations, long Appointments, long DealsClosed,
    decimal Revenue, decimal Commission, long Interactions, long Successes, double ProcessingMsSum, long Handoffs);

internal sealed record TemperatureRow(string Temperature, long Leads);

internal sealed record HistogramRow(string BotId, int Ms, long N)
{
    public LatencyCell ToCell() => new(BotId, Ms, N);
}

internal static class KpiRowExtensions
{
    public static KpiAggregates ToAggregates(this KpiCountsRow c) => new()
    {
        TotalLeads = c.TotalLeads,
        QualifiedLeads = c.QualifiedLeads,
        Conversations = c.Conversations,
        Appointments = c.Appointments,
        DealsClosed = c.DealsClosed,
        Revenue = c.Revenue,
        Commission = c.Commission,
        Interactions = c.Interactions,
        Successes = c.Successes,
        ProcessingMsSum = c.ProcessingMsSum,
        Handoffs = c.Handoffs,
    };

    public static IReadOnlyDictionary<string, long> ToDictionary(this IEnumerable<TemperatureRow> rows) =>
        rows.ToDictionary(r => r.Temperature, r => r.Leads, StringComparer.Ordinal);
}
