using JorgeBi.Core.Kpis;
using JorgeBi.Core.Bots;
using JorgeBi.Tests.Web.Executive;
using JorgeBi.Tests.Web.Shared;
using Microsoft.Extensions.DependencyInjection;
using BotsPage = JorgeBi.Web.Components.Pages.Bots.Bots;

namespace JorgeBi.Tests.Web.Bots;

/// <summary>The page reads the bot matrix and trend of the period through the page cache; the matrix passes the gate.</summary>
public sealed class BotsPageTests : CachedPageTests<BotsPage>
{
    public BotsPageTests()
    {
        var seller = new BotTraffic { BotId = "jorge-seller", Name = "Seller", ResponseTargetMs = 500, SuccessTarget = 0.9m, Interactions = 10, Successes = 9 };
        Services.AddSingleton(new BotPerformanceService(new GatedTraffic(Gate, new BotPerformanceAggregates([seller], [new("jorge-seller", 120, 10)])), Locations, Clock));
        Services.AddSingleton(new BotTrendService(new NoTrend()));
    }

    protected override string DataSelector => "[data-testid='kpi-bot_success_rate']";

    private sealed class GatedTraffic(ReadGate gate, BotPerformanceAggregates traffic) : IBotPerformanceSource
    {
        public Task<BotPerformanceAggregates> ReadAsync(LocationInfo location, Period period, CancellationToken ct = default) => gate.PassAsync(traffic, ct);
    }

    private sealed class NoTrend : IBotTrendSource
    {
        public Task<IReadOnlyList<BotTrendBucket>> ReadAsync(LocationInfo location, Period period, TrendGrain grain, CancellationToken ct = default) =>
            Task.FromResult<IReadOnlyList<BotTrendBucket>>([]);
    }
}
