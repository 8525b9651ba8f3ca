using Dapper;
using JorgeBi.Core.Insights;
using JorgeBi.Core.Kpis;
using JorgeBi.Core.Statistics;
using JorgeBi.Data.Kpis;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace JorgeBi.Data.Insights;

/// <summary>Per-bot and per-source numbers for the insights, from the rollups and snapshots.</summary>
public sealed class InsightQueries([FromKeyedServices(DataSources.Read)] NpgsqlDataSource db, KpiQueries kpis) : IInsightSource
{
    public async Task<IReadOnlyList<BotStats>> ReadBotStatsAsync(LocationInfo location, Period period, CancellationToken ct = default)
    {
        IEnumerable<SuccessRow> bots;
        await using (var conn = await db.OpenConnectionAsync(ct))
        {
            bots = await conn.QueryAsync<SuccessRow>(Command(SqlScripts.Insights.InsightBotSuccess, location, period, ct));
        }
        var histograms = (await kpis.ReadHistogramAsync(location, period, ct)).ToLookup(h => h.BotId);
        return bots.Select(b =>
        {
            var cells = histograms[b.BotId].Select(h => (h.Ms, h.N)).ToList();
            // Cells are 1-ms floors: floor(ms) >= target exactly when ms >= target, targets being whole ms.
            var over = cells.Where(c => c.Ms >= b.ResponseTargetMs).Sum(c => c.N);
            return new BotStats(b.BotId, b.Interactions, b.Successes, b.SuccessTarget, b.ResponseTargetMs,
                Percentiles.NearestRank(cells, 0.95), over);
        }).ToList();
    }

    public async Task<IReadOnlyList<SourceConversion>> ReadSourceConversionsAsync(LocationInfo location, Period cohort, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return (await conn.QueryAsync<SourceConversion>(Command(SqlScripts.Insights.InsightLeadSourceConversion, location, cohort, ct))).AsList();
    }

    private static CommandDefinition Command(string sql, LocationInfo location, Period period, CancellationToken ct) =>
        new(sql, PeriodArgs.For(location, period), cancellationToken: ct);

    private sealed record SuccessRow(string BotId, long Interactions, long Successes, double SuccessTarget, int ResponseTargetMs);
}
