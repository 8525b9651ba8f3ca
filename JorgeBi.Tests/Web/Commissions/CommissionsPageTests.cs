using Bunit;
using JorgeBi.Core.Analytics;
using JorgeBi.Core.Commissions;
using JorgeBi.Tests.Support;
using JorgeBi.Tests.Web.Executive;
using JorgeBi.Web.Api.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using CommissionsPage = JorgeBi.Web.Components.Pages.Commissions.Commissions;

namespace JorgeBi.Tests.Web.Commissions;

/// <summary>
/// The page reads its statement through the same cache as the API. Rendering it twice for one
/// period is what a visit does: the prerender, then the interactive render in the browser.
/// </summary>
public sealed class CommissionsPageTests : MudTestContext
{
    private readonly ManualClock _clock = new(PageScene.Now);

    // The first render of a cold test process JITs the whole page; the default second is short for that on a busy machine.
    private static readonly TimeSpan RenderTimeout = TimeSpan.FromSeconds(15);

    private readonly GatedDeals _deals = new(
        [new ClosedDeal("d-1", "l-1", "a-1", "web", 500_000m, 0.06m, 30_000m, new DateTimeOffset(2026, 6, 10, 12, 0, 0, TimeSpan.FromHours(-7)))]);

    public CommissionsPageTests()
    {
        var aggregates = new KpiAggregates { DealsClosed = 1, Revenue = 500_000m, Commission = 30_000m };
        Services.AddSingleton<TimeProvider>(_clock);
        Services.AddSingleton<ILocationSource>(new FakeLocationSource(PageScene.Location));
        Services.AddSingleton(new CommissionService(_deals, new FakeKpiSource(PageScene.DefaultPeriod, aggregates, aggregates, aggregates), _clock));
    }

    [Fact]
    public void FirstRender_WhileTheStatementIsRead_ShowsSkeletons_ThenTheStatement()
    {
        var cut = Render<CommissionsPage>();

        Assert.NotEmpty(cut.FindAll(".mud-skeleton"));
        _deals.Open();
        WaitForStatement(cut);
        Assert.Equal("1", cut.Find("[data-testid='commission-total-deals']").TextContent.Trim());
    }

    [Fact]
    public void SecondRenderOfThePeriod_ShowsTheStatementInItsFirstRender_WithoutReadingAgain()
    {
        _deals.Open();
        WaitForStatement(Render<CommissionsPage>());
        _deals.Close();

        var interactive = Render<CommissionsPage>();

        // A read now would wait at the closed gate behind skeletons.
        Assert.Empty(interactive.FindAll(".mud-skeleton"));
        Assert.Equal("1", interactive.Find("[data-testid='commission-total-deals']").TextContent.Trim());
        Assert.Equal(1, _deals.Reads);
    }

    [Fact]
    public async Task EventForTheLocation_DropsTheCachedStatement_SoTheNextRenderReadsAgain()
    {
        _deals.Open();
        WaitForStatement(Render<CommissionsPage>());

        await Services.GetRequiredService<ApiCache>().InvalidateLocationAsync(PageScene.Location.LocationId);
        WaitForStatement(Render<CommissionsPage>());

        Assert.Equal(2, _deals.Reads);
    }

    private static void WaitForStatement(IRenderedComponent<CommissionsPage> cut) =>
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid='commission-total-deals']")), RenderTimeout);

    /// <summary>Deals that arrive only when the test opens the gate, as a database answers later than at once.</summary>
    private sealed class GatedDeals(IReadOnlyList<ClosedDeal> deals) : IClosedDealSource
    {
        private volatile TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _reads;

        public int Reads => Volatile.Read(ref _reads);

        public void Open() => _gate.TrySetResult();

        public void Close() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<IReadOnlyList<ClosedDeal>> ReadAsync(LocationInfo location, Period period, CancellationToken ct = default)
        {
            Interlocked.Increment(ref _reads);
            await _gate.Task.WaitAsync(ct);
            return deals;
        }
    }
}
