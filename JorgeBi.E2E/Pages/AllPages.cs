namespace JorgeBi.E2E.Pages;

/// <summary>Every signed-in page by its short name, for checks that must hold on each of them.</summary>
public static class AllPages
{
    public static IReadOnlyDictionary<string, Func<IPage, AppShell>> ByName { get; } = new Dictionary<string, Func<IPage, AppShell>>
    {
        ["executive"] = p => new ExecutivePage(p),
        ["revenue"] = p => new RevenuePage(p),
        ["bots"] = p => new BotsPage(p),
        ["live"] = p => new LivePage(p),
        ["leads"] = p => new LeadsPage(p),
        ["insights"] = p => new InsightsPage(p),
        ["commissions"] = p => new CommissionsPage(p),
        ["settings"] = p => new SettingsPage(p),
        ["admin"] = p => new AdminPage(p),
    };
}
