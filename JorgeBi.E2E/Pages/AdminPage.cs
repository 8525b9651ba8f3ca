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

    public ILocator UserRow(string username) => Page.Locator($"[data-testid='user-row'][data-username='{username}']");
    public ILocator NewPassword => Page.GetByTestId("new-password");

    /// <summary>Adds a user with the role and only the given location; returns the password shown once.</summary>
    public async Task<string> AddUserAsync(string username, string role, string locationId)
    {
        await Page.GetByTestId("user-form-username").FillAsync(username);
        await ChooseRoleAndLocationAsync(role, locationId);
        await Page.GetByTestId("user-form-submit").ClickAsync();
        await NewPassword.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        return (await NewPassword.InnerTextAsync()).Trim();
    }

    public async Task ChangeUserAsync(string username, string role, string locationId)
    {
        await UserRow(username).GetByTestId("user-edit").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("user-form-username")).ToHaveValueAsync(username);
        await ChooseRoleAndLocationAsync(role, locationId);
        await Page.GetByTestId("user-form-submit").ClickAsync();
    }

    /// <summary>Runs a row action that asks for confirmation, and confirms it.</summary>
    public async Task ConfirmUserActionAsync(string username, string action, string confirm)
    {
        await UserRow(username).GetByTestId(action).ClickAsync();
        await Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = confirm }).ClickAsync();
    }

    private async Task ChooseRoleAndLocationAsync(string role, string locationId)
    {
        await Page.GetByTestId("user-form-role").Locator(".mud-toggle-item").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex($"^\\s*{role}\\s*$") }).ClickAsync();
        var all = Page.GetByTestId("user-form-locations-all");
        if (await all.IsCheckedAsync()) await all.ClickAsync();
        var location = Page.GetByTestId($"user-form-locations-{locationId}");
        if (!await location.IsCheckedAsync()) await location.ClickAsync();
    }

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
