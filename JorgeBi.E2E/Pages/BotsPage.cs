namespace JorgeBi.E2E.Pages;

/// <summary>Bot performance: system health, the per-bot matrix, trends and alerts.</summary>
public sealed class BotsPage(IPage page, string path = "/bots") : AppShell(page)
{
    public override string Name => "bots";

    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Name = "Bot performance" });
    public ILocator Matrix => Page.GetByTestId("bot-matrix");
    public ILocator MatrixRows => Page.Locator("[data-testid='bot-matrix'] tbody tr");
    public ILocator Status(string botId) => Page.GetByTestId($"bot-status-{botId}");
    public ILocator Success(string botId) => Page.GetByTestId($"bot-success-{botId}");
    public ILocator Interactions(string botId) => Page.GetByTestId($"bot-interactions-{botId}");
    public ILocator P95(string botId) => Page.GetByTestId($"bot-p95-{botId}");
    public ILocator Alerts => Page.GetByTestId("bot-alerts");
    public ILocator Alert(string botId, string kind) => Page.GetByTestId($"bot-alert-{botId}-{kind}");

    /// <summary>The box the matrix scrolls in when it is wider than the page.</summary>
    public ILocator MatrixBox => Page.Locator(".bot-matrix.table-scroll");

    public static readonly string[] DemoBots = ["intent-decoder", "jorge-buyer", "jorge-seller", "lead-bot"];

    public override async Task GotoAsync() => await Page.GotoAsync(path);

    public override async Task WaitUntilInteractiveAsync()
    {
        await WaitForCircuitAsync();
        await Matrix.WaitForAsync(new() { State = WaitForSelectorState.Visible });
    }
}
