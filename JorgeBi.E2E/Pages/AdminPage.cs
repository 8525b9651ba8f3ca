using Microsoft.Playwright;

namespace JorgeBi.E2E.Pages;

/// <summary>The admin page: API keys, users, system health, audit log.</summary>
public sealed class AdminPage(IPage page) : AppShell(page)
{
    public override string Name => "admin";

    public ILocator KeyName => Page.GetByTestId("api-key-name");
    public ILocator Create => Page.GetByTestId("api-key-create");
    public ILocator NewKey => Page.GetByTestId("new-api-key");
    public ILocator AuditLog => Page.GetByTestId("audit-log");
    public ILocator Users => Page.GetByTestId("users");
    public ILocator Health => Page.GetByTestId("system-health");

    public ILocator KeyRow(string name) => Page.GetByTestId("api-key-row").Filter(new() { HasText = name });

    public override async Task GotoAsync() => await Page.GotoAsync("/admin");

    public override async Task WaitUntilInteractiveAsync()
    {
        await WaitForCircuitAsync();
        await AuditLog.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        await Page.GetByTestId("health-database").WaitForAsync(new() { State = WaitForSelectorState.Visible });
    }

    /// <summary>Creates a key with the default scope and returns the key shown once.</summary>
    public async Task<string> CreateKeyAsync(string name)
    {
        await KeyName.FillAsync(name);
        await Assertions.Expect(Create).ToBeEnabledAsync();
        await Create.ClickAsync();
        await NewKey.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        return (await NewKey.InnerTextAsync()).Trim();
    }

    public async Task RevokeAsync(string name)
    {
        await KeyRow(name).GetByTestId("api-key-revoke").ClickAsync();
        await Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Revoke" }).ClickAsync();
    }
}
