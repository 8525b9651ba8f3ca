using Microsoft.Playwright;

namespace JorgeBi.E2E.Pages;

/// <summary>The settings page: locations, bots, lead sources.</summary>
public sealed class SettingsPage(IPage page) : AppShell(page)
{
    public override string Name => "settings";

    public ILocator Locations => Page.GetByTestId("settings-locations");
    public ILocator Bots => Page.GetByTestId("settings-bots");
    public ILocator LocationForm => Page.GetByTestId("location-form");

    public ILocator LocationRow(string id) => Page.Locator($"[data-testid='location-row'][data-location='{id}']");

    public override async Task GotoAsync() => await Page.GotoAsync("/settings");

    public override async Task WaitUntilInteractiveAsync()
    {
        await WaitForCircuitAsync();
        await Locations.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        await Page.GetByTestId("bot-row").First.WaitForAsync(new() { State = WaitForSelectorState.Visible });
    }

    /// <summary>Adds a location through the form and waits until its row shows.</summary>
    public async Task AddLocationAsync(string id, string name, string timeZone, string monthlyTarget)
    {
        await Page.GetByTestId("location-add").ClickAsync();
        await Page.GetByTestId("location-form-id").FillAsync(id);
        await Page.GetByTestId("location-form-name").FillAsync(name);
        await Page.GetByTestId("location-form-time-zone").FillAsync(timeZone);
        await Page.GetByTestId("location-form-monthly-target").FillAsync(monthlyTarget);
        await Page.GetByTestId("location-save").ClickAsync();
        await LocationRow(id).WaitForAsync(new() { State = WaitForSelectorState.Visible });
    }

    /// <summary>Opens a location's form and sets one field, leaving the form open for Save.</summary>
    public async Task EditLocationAsync(string id, string field, string value)
    {
        await LocationRow(id).GetByTestId("location-edit").ClickAsync();
        await LocationForm.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        await Page.GetByTestId($"location-form-{field}").FillAsync(value);
    }

    public Task SaveLocationAsync() => Page.GetByTestId("location-save").ClickAsync();
}
