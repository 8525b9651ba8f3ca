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

    public ILocator AlertRules => Page.GetByTestId("alert-rules-form");
    public ILocator BusinessHours => Page.GetByTestId("settings-business-hours");
    public ILocator Digests => Page.GetByTestId("settings-digests");

    public ILocator AlertSetting(string field) => Page.GetByTestId($"alert-setting-{field}");

    public ILocator HoursRow(string locationId) => Page.Locator($"[data-testid='hours-row'][data-location='{locationId}']");

    public ILocator DigestRow(string email) => Page.Locator($"[data-testid='digest-row'][data-email='{email}']");

    /// <summary>Sets one alert rule threshold and saves the rules.</summary>
    public async Task SetAlertSettingAsync(string field, string value)
    {
        await AlertSetting(field).FillAsync(value);
        // The server has the new value once the field says so; a click before that could save the old one.
        await Expect(AlertRules.Locator("fieldset", new() { Has = AlertSetting(field) })).ToContainTextAsync("(not saved)");
        await Page.GetByTestId("alert-rules-save").ClickAsync();
    }

    /// <summary>Opens a location's business hours, leaves only the given days ticked, sets the times and saves.</summary>
    public async Task SetBusinessHoursAsync(string locationId, IReadOnlyCollection<string> days, string opensAt, string closesAt)
    {
        await HoursRow(locationId).GetByTestId("hours-edit").ClickAsync();
        foreach (var day in new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" })
        {
            await Page.GetByTestId($"hours-day-{day}").SetCheckedAsync(days.Contains(day), new() { Force = true });
        }
        await Page.GetByTestId("hours-opens-at").FillAsync(opensAt);
        await Page.GetByTestId("hours-closes-at").FillAsync(closesAt);
        await Page.GetByTestId("hours-save").ClickAsync();
    }

    /// <summary>Subscribes an address to the first location's daily digest and waits for its row.</summary>
    public async Task AddDigestAsync(string email)
    {
        await Page.GetByTestId("digest-form-email").FillAsync(email);
        await Page.GetByTestId("digest-add").ClickAsync();
        await DigestRow(email).WaitForAsync(new() { State = WaitForSelectorState.Visible });
    }
}
