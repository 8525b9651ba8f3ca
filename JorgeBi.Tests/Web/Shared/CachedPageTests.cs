using System.Reflection;
using Bunit;
using JorgeBi.Core.Kpis;
using JorgeBi.Core.Live;
using JorgeBi.Tests.Web.Executive;
using JorgeBi.Web.Answers;
using JorgeBi.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.Tests.Web.Shared;

/// <summary>
/// A page that reads what it shows through the page cache. Rendering it twice in one scene is
/// what a visit does: the prerender, then the interactive render in the browser. Each page's
/// test class wires its services so that every computation of the page passes <see cref="Gate"/>
/// once, and says which element shows the data. The scene's clock and location are wired here,
/// and the live updates on the real clock: they wait a moment to coalesce a burst.
/// The page's lifecycle (<see cref="BiPage{TData}"/>) is tested here for every page that reads through the gate.
/// </summary>
public abstract class CachedPageTests<TPage> : MudTestContext where TPage : IComponent
{
    // The first render of a cold test process JITs the whole page; the default second is short for that on a busy machine.
    protected static readonly TimeSpan RenderTimeout = TimeSpan.FromSeconds(15);

    protected ReadGate Gate { get; } = new();

    protected ManualClock Clock { get; } = new(PageScene.Now);

    protected FakeLocationSource Locations { get; } = new(PageScene.Location);

    protected CachedPageTests()
    {
        Services.AddSingleton<TimeProvider>(Clock);
        Services.AddSingleton<ILocationSource>(Locations);
        Services.AddSingleton(new LiveUpdates(TimeProvider.System));
    }

    /// <summary>An element the page shows only once its data is there.</summary>
    protected abstract string DataSelector { get; }

    [Fact]
    public void FirstRender_WhileTheDataIsRead_ShowsSkeletons_ThenTheData()
    {
        var cut = Render<TPage>();

        Assert.NotEmpty(cut.FindAll(".mud-skeleton"));
        Gate.Open();
        WaitForData(cut);
        Assert.Equal(1, Gate.Reads);
    }

    [Fact]
    public void SecondRenderOfTheScene_ShowsTheDataInItsFirstRender_WithoutReadingAgain()
    {
        Gate.Open();
        WaitForData(Render<TPage>());
        Gate.Close();

        var interactive = Render<TPage>();

        // A read now would wait at the closed gate behind skeletons.
        Assert.Empty(interactive.FindAll(".mud-skeleton"));
        Assert.NotEmpty(interactive.FindAll(DataSelector));
        Assert.Equal(1, Gate.Reads);
    }

    [Fact]
    public async Task EventForTheLocation_DropsTheCachedAnswer_SoTheNextRenderReadsAgain()
    {
        Gate.Open();
        WaitForData(Render<TPage>());

        await Services.GetRequiredService<ApiCache>().InvalidateLocationAsync(PageScene.Location.LocationId);
        WaitForData(Render<TPage>());

        Assert.Equal(2, Gate.Reads);
    }

    [Fact]
    public void FilterChange_WhenTheReadFails_ShowsTheErrorInsteadOfThePage()
    {
        Gate.Open();
        var cut = RenderInErrorBoundary();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(DataSelector)), RenderTimeout);
        Gate.Fail(new InvalidOperationException("The read failed."));

        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(navigation.GetUriWithQueryParameter("timeframe", "7d"));

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid='page-error']")), RenderTimeout);
        Assert.Empty(cut.FindAll(DataSelector));
    }

    [Fact]
    public async Task LiveChange_WhenTheReadFails_ShowsTheErrorInsteadOfThePage()
    {
        Gate.Open();
        var cut = RenderInErrorBoundary();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(DataSelector)), RenderTimeout);
        Gate.Fail(new InvalidOperationException("The read failed."));

        await PublishChangeAsync();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid='page-error']")), RenderTimeout);
        Assert.Equal(2, Gate.Reads);
    }

    [Fact]
    public async Task LiveChange_ReadsAgain_KeepingTheNumbersOnScreenMeanwhile()
    {
        Gate.Open();
        var cut = RenderInErrorBoundary();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(DataSelector)), RenderTimeout);
        Gate.Close();

        await PublishChangeAsync();

        await Gate.WaitForReadsAsync(2, RenderTimeout);
        Assert.Empty(cut.FindAll(".mud-skeleton"));
        Assert.NotEmpty(cut.FindAll(DataSelector));
        Gate.Open();
    }

    /// <summary>What the change feed does once an event of the scene's location is applied: drop its cached answers, then tell the pages.</summary>
    private async Task PublishChangeAsync()
    {
        await Services.GetRequiredService<ApiCache>().InvalidateLocationAsync(PageScene.Location.LocationId);
        Services.GetRequiredService<LiveUpdates>().Publish(new LiveChange(PageScene.Location.LocationId, ["lead_created"], 0, 1));
    }

    /// <summary>The page at its own address (a navigation within it is one it follows), inside the error boundary the layout puts around every page.</summary>
    private IRenderedComponent<ErrorBoundary> RenderInErrorBoundary()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(typeof(TPage).GetCustomAttribute<RouteAttribute>()!.Template);
        return Render<ErrorBoundary>(p => p
            .AddChildContent<TPage>()
            .Add(b => b.ErrorContent, error => builder =>
            {
                builder.OpenComponent<PageError>(0);
                builder.AddAttribute(1, nameof(PageError.Error), error);
                builder.CloseComponent();
            }));
    }

    protected IRenderedComponent<TPage> WaitForData(IRenderedComponent<TPage> cut)
    {
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(DataSelector)), RenderTimeout);
        return cut;
    }
}
