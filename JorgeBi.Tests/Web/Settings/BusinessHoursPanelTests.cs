using Bunit;
using JorgeBi.Core.Alerts;
using JorgeBi.Core.Settings;
using JorgeBi.Data.Access;
using JorgeBi.Data.Alerts;
using JorgeBi.Data.Settings;
using JorgeBi.Web.Alerts;
using JorgeBi.Web.Components.Pages.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.Tests.Web.Settings;

/// <summary>The business hours panel over a real database, each test with its own location (the configured hours are the built-in Mon-Sat 08:00-20:00).</summary>
public sealed class BusinessHoursPanelTests : MudTestContext, IClassFixture<TestDatabase>
{
    private readonly TestDatabase _db;
    private readonly AlertSettingsStore _store;

    public BusinessHoursPanelTests(TestDatabase db)
    {
        _db = db;
        _store = new AlertSettingsStore(db.DataSource);
        Services.AddSingleton(_store);
        Services.AddOptions<AlertRules>();
        Services.AddSingleton<AlertRulesSource>();
        Authorization.SetAuthorized("ana-owner").SetRoles(UserRoles.Owner);
    }

    private async Task<string> LocationAsync()
    {
        var id = "hours-" + Guid.NewGuid().ToString("N")[..8];
        await new SettingsStore(_db.DataSource).SaveLocationAsync(id, new LocationChange("Berlin office", "Europe/Berlin"), "setup");
        return id;
    }

    private static string Row(string id) => $"[data-testid='hours-row'][data-location='{id}']";

    [Fact]
    public async Task Edit_WeekdaysNineToFive_RowShowsThem_StoredAndAudited()
    {
        var id = await LocationAsync();
        var cut = Render<BusinessHoursPanel>();

        Assert.Equal("Mon, Tue, Wed, Thu, Fri, Sat 08:00-20:00 (default)", cut.WaitForElement($"{Row(id)} [data-testid='hours-value']").TextContent.Trim());
        cut.Find($"{Row(id)} [data-testid='hours-edit']").Click();
        cut.WaitForElement("input[data-testid='hours-day-saturday']").Change(false);
        cut.Find("input[data-testid='hours-opens-at']").Input("09:00");
        cut.Find("input[data-testid='hours-closes-at']").Input("17:00");
        cut.Find("form[data-testid='hours-form']").Submit();

        cut.WaitForAssertion(() => Assert.Equal("Mon, Tue, Wed, Thu, Fri 09:00-17:00", cut.Find($"{Row(id)} [data-testid='hours-value']").TextContent.Trim()));
        var own = (await _store.OwnBusinessHoursAsync())[id];
        Assert.Equal((new TimeOnly(9, 0), new TimeOnly(17, 0), 5), (own.OpensAt, own.ClosesAt, own.Days.Count));
        var audit = (await new AuditLog(_db.DataSource).RecentAsync(20)).First(e => e.Action == "settings.business_hours" && e.Target == id);
        Assert.Equal(("ana-owner", "Mon, Tue, Wed, Thu, Fri, Sat 08:00-20:00 (default) -> Mon, Tue, Wed, Thu, Fri 09:00-17:00"), (audit.Actor, audit.Detail));
    }

    [Fact]
    public async Task Edit_ClosingBeforeOpening_ShowsTheError_StoresNothing()
    {
        var id = await LocationAsync();
        var cut = Render<BusinessHoursPanel>();

        cut.WaitForElement($"{Row(id)} [data-testid='hours-edit']").Click();
        cut.WaitForElement("input[data-testid='hours-opens-at']").Input("18:00");
        cut.Find("input[data-testid='hours-closes-at']").Input("09:00");
        cut.Find("form[data-testid='hours-form']").Submit();

        cut.WaitForAssertion(() => Assert.Contains("Must be after the opening time", cut.Find("[data-testid='hours-form']").TextContent));
        Assert.False((await _store.OwnBusinessHoursAsync()).ContainsKey(id));
    }

    [Fact]
    public async Task UseDefaultHours_ReturnsTheLocationToTheConfiguredHours()
    {
        var id = await LocationAsync();
        await _store.SaveBusinessHoursAsync(id, ["sunday"], "10:00", "14:00", BusinessHours.Of(new AlertRules.SilenceRule()), "setup");
        var cut = Render<BusinessHoursPanel>();

        Assert.Equal("Sun 10:00-14:00", cut.WaitForElement($"{Row(id)} [data-testid='hours-value']").TextContent.Trim());
        cut.Find($"{Row(id)} [data-testid='hours-edit']").Click();
        cut.WaitForElement("[data-testid='hours-default']").Click();

        cut.WaitForAssertion(() => Assert.EndsWith("(default)", cut.Find($"{Row(id)} [data-testid='hours-value']").TextContent.Trim()));
        Assert.False((await _store.OwnBusinessHoursAsync()).ContainsKey(id));
    }
}
