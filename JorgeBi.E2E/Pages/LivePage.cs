namespace JorgeBi.E2E.Pages;

/// <summary>The live page: today's and the last five minutes' counters and the latest events.</summary>
public sealed class LivePage(IPage page, string path = "/live") : AppShell(page)
{
    public override string Name => "live";

    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Name = "Live activity" });
    public ILocator Feed => Page.GetByTestId("live-feed");
    public ILocator FeedRows => Page.GetByTestId("live-feed-row");
    public ILocator Refresh => Page.GetByTestId("live-refresh");
    public ILocator GeneratedAt => Page.GetByTestId("live-generated-at");

    /// <summary>The events-per-minute panel; data-events-last-hour holds the total it draws.</summary>
    public ILocator Rate => Page.GetByTestId("live-rate");
    public ILocator RateChart => Page.GetByTestId("chart-live-rate");

    public async Task<long> EventsLastHourAsync() => long.Parse((await Rate.GetAttributeAsync("data-events-last-hour"))!, System.Globalization.CultureInfo.InvariantCulture);

    public ILocator Today(string name) => Page.GetByTestId($"live-today-{name}");
    public ILocator Recent(string name) => Page.GetByTestId($"live-recent-{name}");

    public override async Task GotoAsync() => await Page.GotoAsync(path);

    public override async Task WaitUntilInteractiveAsync()
    {
        await WaitForCircuitAsync();
        await Feed.WaitForAsync(new() { State = WaitForSelectorState.Visible });
    }
}
