using Bunit;
using JorgeBi.Core.Alerts;
using JorgeBi.Data.Access;
using JorgeBi.Data.Alerts;
using JorgeBi.Web.Components.Layout;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace JorgeBi.Tests.Web.Layout;

/// <summary>The app bar's bell over a real database: the count of firing alerts and the menu listing them.</summary>
public sealed class AlertBellTests : MudTestContext, IClassFixture<TestDatabase>
{
    private static readonly DateTimeOffset T0 = new(2026, 6, 17, 17, 0, 0, TimeSpan.Zero);
    private readonly AlertStore _store;

    public AlertBellTests(TestDatabase db)
    {
        _store = new AlertStore(db.DataSource);
        Services.AddSingleton(_store);
    }

    private static AlertCondition Condition(string key, string severity, string title) =>
        new(key, AlertRuleNames.BotSuccess, "la", severity, title, "80 of 100 interactions succeeded.");

    [Fact]
    public async Task SignedIn_WithTwoAlertsFiring_ShowsTwoOnTheBell_AndListsThemInItsMenu()
    {
        await _store.RecordAsync(
            [Condition("bot-success:la:a", AlertRuleNames.Critical, "jorge-buyer is below its success target"),
             Condition("silence:la", AlertRuleNames.Warning, "No events from Los Angeles")], T0, []);
        Authorization.SetAuthorized("maria-manager").SetRoles(UserRoles.Manager);

        var popovers = Render<MudPopoverProvider>();
        var cut = Render<AlertBell>();

        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find("[data-testid='alert-count'] .mud-badge").TextContent.Trim()));
        Assert.Equal("Alerts: 2 firing", cut.Find("[data-testid='alert-bell'] button").GetAttribute("aria-label"));
        cut.Find("[data-testid='alert-bell'] button").Click();
        popovers.WaitForAssertion(() => Assert.Equal(
            ["jorge-buyer is below its success target", "No events from Los Angeles"],
            popovers.FindAll("[data-testid='alert-item'] b").Select(b => b.TextContent)));
    }

    [Fact]
    public async Task SignedIn_NothingFiring_ShowsNoCount_AndTheMenuSaysSo()
    {
        await _store.RecordAsync([], T0, []);
        Authorization.SetAuthorized("vic-viewer").SetRoles(UserRoles.Viewer);

        var popovers = Render<MudPopoverProvider>();
        var cut = Render<AlertBell>();

        cut.WaitForAssertion(() => Assert.Equal("Alerts: none firing", cut.Find("[data-testid='alert-bell'] button").GetAttribute("aria-label")));
        Assert.Empty(cut.FindAll("[data-testid='alert-count'] .mud-badge"));
        cut.Find("[data-testid='alert-bell'] button").Click();
        popovers.WaitForAssertion(() => Assert.Equal("No alerts firing", popovers.Find("[data-testid='alert-none']").TextContent.Trim()));
    }

    [Fact]
    public async Task SignedOut_ShowsNoBell()
    {
        await _store.RecordAsync([Condition("health:database", AlertRuleNames.Critical, "The database is unhealthy")], T0, []);

        var cut = Render<AlertBell>();

        Assert.Empty(cut.FindAll("[data-testid='alert-bell']"));
    }
}
