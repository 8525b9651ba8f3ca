using Bunit;
using JorgeBi.Core.Alerts;
using JorgeBi.Data.Access;
using JorgeBi.Data.Alerts;
using JorgeBi.Web.Alerts;
using JorgeBi.Web.Components.Pages.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.Tests.Web.Settings;

/// <summary>The alert rules panel over a real database; the configuration's defaults are the built-in ones with 45 silent minutes.</summary>
public sealed class AlertRulesPanelTests : MudTestContext, IClassFixture<TestDatabase>
{
    private readonly TestDatabase _db;
    private readonly AlertSettingsStore _store;

    public AlertRulesPanelTests(TestDatabase db)
    {
        _db = db;
        _store = new AlertSettingsStore(db.DataSource);
        Services.AddSingleton(_store);
        Services.AddOptions<AlertRules>().Configure(r => r.Silence.Minutes = 45);
        Services.AddSingleton<AlertRulesSource>();
        Authorization.SetAuthorized("ana-owner").SetRoles(UserRoles.Owner);
    }

    private static string Field(string name) => $"input[data-testid='alert-setting-{name}']";

    [Fact]
    public async Task Open_ShowsTheValuesInForce_WithEachDefaultBesideIt()
    {
        await _store.SaveTuningAsync(new AlertTuning { SilenceMinutes = 20 }, "setup");

        var cut = Render<AlertRulesPanel>();

        cut.WaitForAssertion(() => Assert.Equal("20", cut.Find(Field(AlertTuningFields.SilenceMinutes)).GetAttribute("value")));
        Assert.Equal("20", cut.Find(Field(AlertTuningFields.BotResponseMinInteractions)).GetAttribute("value"));
        Assert.Equal(6, cut.FindAll("[data-testid='alert-rule']").Count);
        Assert.Contains("Default: 45 (changed)", cut.Find("[data-rule='silence']").TextContent);
        Assert.Contains("Default: 20", cut.Find("[data-rule='bot-response']").TextContent);
        Assert.DoesNotContain("(changed)", cut.Find("[data-rule='bot-response']").TextContent);
    }

    [Fact]
    public async Task Save_StoresOnlyWhatDiffersFromTheDefaults_AndAuditsTheOwner()
    {
        await _store.SaveTuningAsync(new AlertTuning(), "setup");
        var cut = Render<AlertRulesPanel>();

        cut.WaitForElement(Field(AlertTuningFields.SilenceMinutes)).Input("90");
        cut.Find(Field(AlertTuningFields.HealthEnabled)).Change(false);
        cut.Find(Field(AlertTuningFields.BotResponseMargin)).Input("0.25");
        cut.Find("form[data-testid='alert-rules-form']").Submit();

        cut.WaitForElement("[data-testid='alert-rules-saved']");
        var stored = await _store.ReadTuningAsync();
        Assert.Equal(new AlertTuning { SilenceMinutes = 90, HealthEnabled = false, BotResponseMargin = 0.25 }, stored);
        Assert.Contains("Default: 45 (changed)", cut.Find("[data-rule='silence']").TextContent);
        var audit = (await new AuditLog(_db.DataSource).RecentAsync(10)).First(e => e.Action == "settings.alerts");
        Assert.Equal("ana-owner", audit.Actor);
        Assert.Equal("bot_response_margin default -> 0.25; silence_minutes default -> 90; health_enabled default -> off", audit.Detail);
    }

    [Fact]
    public async Task Save_BadValue_ShowsTheErrorUnderItsField_AndStoresNothing()
    {
        await _store.SaveTuningAsync(new AlertTuning(), "setup");
        var cut = Render<AlertRulesPanel>();

        cut.WaitForElement(Field(AlertTuningFields.SilenceMinutes)).Input("0");
        cut.Find("form[data-testid='alert-rules-form']").Submit();

        cut.WaitForAssertion(() => Assert.Contains("Must be a whole number of minutes from 1 to 1,440.", cut.Find("[data-rule='silence']").TextContent));
        Assert.Empty(cut.FindAll("[data-testid='alert-rules-saved']"));
        Assert.Empty((await _store.ReadTuningAsync()).Overridden);
    }

    [Fact]
    public async Task Edit_MarksTheFieldNotSaved_UntilItIsSaved()
    {
        await _store.SaveTuningAsync(new AlertTuning(), "setup");
        var cut = Render<AlertRulesPanel>();

        cut.WaitForElement(Field(AlertTuningFields.SilenceMinutes)).Input("30");

        cut.WaitForAssertion(() => Assert.Contains("Default: 45 (not saved)", cut.Find("[data-rule='silence']").TextContent));
        Assert.DoesNotContain("(not saved)", cut.Find("[data-rule='anomaly']").TextContent);
        cut.Find("form[data-testid='alert-rules-form']").Submit();
        cut.WaitForAssertion(() => Assert.Contains("Default: 45 (changed)", cut.Find("[data-rule='silence']").TextContent));
        Assert.DoesNotContain("(not saved)", cut.Markup);
    }

    [Fact]
    public async Task RestoreDefaults_ClearsEveryOverride_AndShowsTheDefaults()
    {
        await _store.SaveTuningAsync(new AlertTuning { SilenceMinutes = 5, AnomalyEnabled = false }, "setup");
        var cut = Render<AlertRulesPanel>();

        cut.WaitForElement("[data-testid='alert-rules-defaults']").Click();

        cut.WaitForAssertion(() => Assert.Equal("45", cut.Find(Field(AlertTuningFields.SilenceMinutes)).GetAttribute("value")));
        Assert.Empty((await _store.ReadTuningAsync()).Overridden);
        Assert.True(cut.Find(Field(AlertTuningFields.AnomalyEnabled)).HasAttribute("checked") || cut.Find(Field(AlertTuningFields.AnomalyEnabled)).GetAttribute("aria-checked") == "true");
    }
}
