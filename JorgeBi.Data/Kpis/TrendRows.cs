using JorgeBi.Core.Kpis;
using JorgeBi.Data.Kpis;

namespace JorgeBi.Data.Kpis;

/// <summary>Counts and sums of one trend point (trend_counts.sql).</summary>
internal sealed record TrendCountsRow(
    DateTime PeriodStart, long TotalLeads, long QualifiedLeads, long Conversations, long Appointments, long DealsClosed,
    decimal Revenue, decimal Commission, long Interactions, long Successes, double ProcessingMsSum, long Handoffs)
{
    public KpiAggregates ToAggregates() => new KpiCountsRow(TotalLeads, QualifiedLeads, Conversations, Appointments,
        DealsClosed, Revenue, Commission, Interactions, Successes, ProcessingMsSum, Handoffs).ToAggregates();
}

/// <summary>One 1-ms histogram cell of one bot in one trend point.</summary>
internal sealed record TrendHistogramRow(DateTime PeriodStart, string BotId, int Ms, long N);
