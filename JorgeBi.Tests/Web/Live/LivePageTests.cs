using Bunit;
using JorgeBi.Core.Kpis;
using JorgeBi.Core.Live;
using JorgeBi.Tests.Web.Executive;
using JorgeBi.Tests.Web.Shared;
using Microsoft.Extensions.DependencyInjection;
using LivePage = JorgeBi.Web.Components.Pages.Live.Live;

namespace JorgeBi.Tests.Web.Live;

/// <summary>The page reads today's counters, the feed and the event rate through the page cache; the feed passes the gate.</summary>
public sealed class LivePageTests : CachedPageTests<LivePage>
{
    public LivePageTests()
    {
        var quiet = new Quiet(Gate);
        Services.AddSingleton<ITrendSource>(new FakeTrendSource([]));
        Services.AddSingleton<ILiveSource>(quiet);
        Services.AddSingleton<IEventFeedSource>(quiet);
        Services.AddSingleton<IEventRateSource>(quiet);
        Services.AddSingleton<LiveMetricsService>();
    }

    protected override string DataSelector => "[data-testid='live-recent-events_per_minute']";

    [Fact]
    public void RefreshButton_ReadsTheNumbersOfNow_EvenWhileTheCachedOnesLast()
    {
        Gate.Open();
        var cut = WaitForData(Render<LivePage>());

        cut.Find("[data-testid='live-refresh']").Click();

        cut.WaitForAssertion(() => Assert.Equal(2, Gate.Reads), RenderTimeout);
    }

    /// <summary>A location where nothing happened today.</summary>
    private sealed class Quiet(ReadGate gate) : ILiveSource, IEventFeedSource, IEventRateSource
    {
        public Task<RecentActivity> ReadAsync(IReadOnlyCollection<string> locationIds, DateTimeOffset since, DateTimeOffset until, DateTimeOffset activeSince, CancellationToken ct = default) =>
            Task.FromResult(new RecentActivity(new KpiAggregates(), 0, 0, null));

        public Task<IReadOnlyList<FeedEvent>> LatestAsync(string locationId, int limit = IEventFeedSource.DefaultLimit, CancellationToken ct = default) =>
            gate.PassAsync<IReadOnlyList<FeedEvent>>([], ct);

        public Task<IReadOnlyList<EventRatePoint>> PerMinuteAsync(string locationId, DateTimeOffset until, int minutes, CancellationToken ct = default) =>
            Task.FromResult<IReadOnlyList<EventRatePoint>>([]);
    }
}
