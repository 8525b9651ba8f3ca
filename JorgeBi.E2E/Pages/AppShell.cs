namespace JorgeBi.E2E.Pages;

/// <summary>The layout around every page: app bar, drawer, theme. Pages derive from it.</summary>
public abstract class AppShell(IPage page)
{
    public IPage Page { get; } = page;

    /// <summary>Short name for screenshots and timings, e.g. "executive".</summary>
    public abstract string Name { get; }

    public abstract Task GotoAsync();

    /// <summary>Returns once the page shows its content and reacts to clicks.</summary>
    public abstract Task WaitUntilInteractiveAsync();

    public ILocator DarkModeToggle => Page.GetByTestId("dark-mode-toggle");
    public ILocator StaleBanner => Page.GetByTestId("stale-banner");
    public ILocator NavigationToggle => Page.GetByRole(AriaRole.Button, new() { Name = "Toggle navigation" });

    /// <summary>
    /// Waits until the circuit has rendered the layout, so its buttons react to clicks: the
    /// layout sets data-interactive after its first interactive render (prerendered markup
    /// looks complete but ignores clicks).
    /// </summary>
    protected async Task WaitForCircuitAsync() =>
        await Page.Locator(".app-root[data-interactive='true']").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    public ILocator Body => Page.Locator("body");

    /// <summary>A chart's drawing; charts are drawn once scrolled near.</summary>
    private ILocator ChartSvg(string testId) => Page.Locator($"[data-testid='{testId}'] svg.apexcharts-svg");

    /// <summary>Scrolls to a chart as a reader would, which has it drawn.</summary>
    public Task ShowChartAsync(string testId) => Page.GetByTestId(testId).ScrollIntoViewIfNeededAsync();

    /// <summary>Scrolls to a chart and expects its drawing to be visible.</summary>
    public async Task ExpectChartDrawnAsync(string testId)
    {
        await ShowChartAsync(testId);
        await Assertions.Expect(ChartSvg(testId)).ToBeVisibleAsync();
    }

    /// <summary>
    /// Scrolls to a chart and waits until it is drawn with its click handlers bound
    /// (apexChart.js sets data-chart-ready): a click on a bar or slice before that would be lost.
    /// </summary>
    public async Task WaitForChartReadyAsync(string testId)
    {
        await ShowChartAsync(testId);
        await Page.Locator($"[data-testid='{testId}'][data-chart-ready='true']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    /// <summary>Clicks the theme toggle and waits until the page background has changed.</summary>
    public async Task ToggleDarkModeAsync()
    {
        var before = await BackgroundColourAsync();
        await DarkModeToggle.ClickAsync();
        await Assertions.Expect(Body).Not.ToHaveCSSAsync("background-color", before);
    }

    /// <summary>The page background as the browser paints it, e.g. "rgb(255, 255, 255)".</summary>
    public Task<string> BackgroundColourAsync() =>
        Page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");

    /// <summary>How far a box's content is wider than the box, in CSS pixels (0 when nothing is scrolled out of sight).</summary>
    public static Task<int> OverflowOfAsync(ILocator box) => box.EvaluateAsync<int>("e => e.scrollWidth - e.clientWidth");

    /// <summary>The right edge of an element, in CSS pixels from the viewport's left.</summary>
    public static Task<double> RightEdgeAsync(ILocator element) => element.EvaluateAsync<double>("e => e.getBoundingClientRect().right");

    /// <summary>How far the page is wider than the viewport, in CSS pixels (0 when it fits).</summary>
    public Task<int> HorizontalOverflowAsync() =>
        Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
}
