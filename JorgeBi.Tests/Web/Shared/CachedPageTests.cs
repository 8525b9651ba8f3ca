using Bunit;
using JorgeBi.Core.Analytics;
using JorgeBi.Tests.Web.Executive;
using JorgeBi.Web.Api.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.Tests.Web.Shared;

/// <summary>
/// A page that reads what it shows through the page cache. Rendering it twice in one scene is
/// what a visit does: the prerender, then the interactive render in the browser. Each page's
/// test class wires its services so that every computation of the page passes <see cref="Gate"/>
/// once, and says which element shows the data. The scene's clock and location are wired here.
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

    protected IRenderedComponent<TPage> WaitForData(IRenderedComponent<TPage> cut)
    {
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(DataSelector)), RenderTimeout);
        return cut;
    }
}
