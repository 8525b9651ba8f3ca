using Bunit;
using JorgeBi.Core.Digests;
using JorgeBi.Data.Access;
using JorgeBi.Data.Digests;
using JorgeBi.Data.Settings;
using JorgeBi.Web.Alerts;
using JorgeBi.Web.Components.Pages.Settings;
using JorgeBi.Web.Digests;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.Tests.Web.Settings;

/// <summary>The digest subscriptions panel over a real database (its one location is "default").</summary>
public sealed class DigestPanelTests : MudTestContext, IClassFixture<TestDatabase>
{
    private readonly TestDatabase _db;
    private readonly DigestStore _store;
    private readonly AlertChannelOptions _channels = new() { Email = { Host = "smtp.jorgebi.test" } };

    public DigestPanelTests(TestDatabase db)
    {
        _db = db;
        _store = new DigestStore(db.DataSource);
        Services.AddSingleton(_store);
        Services.AddSingleton(new SettingsStore(db.DataSource));
        Services.AddSingleton<Microsoft.Extensions.Options.IOptionsMonitor<AlertChannelOptions>>(new StaticOptions<AlertChannelOptions>(_channels));
        Services.AddOptions<DigestOptions>();
        Authorization.SetAuthorized("ana-owner").SetRoles(UserRoles.Owner);
    }

    private static string Row(string email) => $"[data-testid='digest-row'][data-email='{email}']";

    [Fact]
    public async Task Add_WeeklySubscriber_ListedStoredAndAudited()
    {
        var email = $"w{Guid.NewGuid():N}"[..10] + "@jorgebi.test";
        var cut = Render<DigestPanel>();
        // The panel renders again once it has read the locations: act on that render's form.
        cut.WaitForAssertion(() => Assert.Contains(cut.FindAll("input"), i => i.GetAttribute("value") == "default"));

        cut.Find("input[data-testid='digest-form-email']").Input(email);
        cut.Find("input[data-testid='digest-form-weekly']").Click();
        // The radio group takes the value asynchronously: submit only once it shows as chosen.
        cut.WaitForAssertion(() => Assert.True(cut.Find("input[data-testid='digest-form-weekly']").HasAttribute("checked")));
        cut.Find("form[data-testid='digest-form']").Submit();

        cut.WaitForAssertion(() => Assert.Equal("weekly", cut.Find(Row(email)).GetAttribute("data-frequency")));
        Assert.Equal("default", cut.Find(Row(email)).GetAttribute("data-location"));
        Assert.Contains(await _store.ListAsync(), s => s is { Frequency: DigestFrequency.Weekly, LocationId: "default" } && s.Email == email);
        var audit = await new AuditLog(_db.DataSource).RecentAsync(20);
        Assert.Contains(audit, e => e is { Actor: "ana-owner", Action: "settings.digest.create", Detail: "weekly digest of default" } && e.Target == email);
        Assert.Empty(cut.FindAll("[data-testid='digest-no-smtp']"));
    }

    [Fact]
    public async Task Add_BadEmail_ShowsTheError_StoresNothing()
    {
        var before = (await _store.ListAsync()).Count;
        var cut = Render<DigestPanel>();

        cut.WaitForElement("input[data-testid='digest-form-email']").Input("not an address");
        cut.Find("form[data-testid='digest-form']").Submit();

        cut.WaitForAssertion(() => Assert.Contains("Must be one email address", cut.Find("[data-testid='digest-form']").TextContent));
        Assert.Equal(before, (await _store.ListAsync()).Count);
    }

    [Fact]
    public async Task Remove_EndsTheSubscription_AndAuditsIt()
    {
        var email = $"r{Guid.NewGuid():N}"[..10] + "@jorgebi.test";
        await _store.AddAsync(email, DigestFrequency.Daily, "default", DateTimeOffset.UtcNow, "setup");
        var cut = Render<DigestPanel>();

        cut.WaitForElement($"{Row(email)} [data-testid='digest-remove']").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(Row(email))));
        Assert.DoesNotContain(await _store.ListAsync(), s => s.Email == email);
        Assert.Contains(await new AuditLog(_db.DataSource).RecentAsync(20), e => e is { Actor: "ana-owner", Action: "settings.digest.delete" } && e.Target == email);
    }

    [Fact]
    public void NoSmtpServer_SaysDigestsWait()
    {
        _channels.Email.Host = null;

        var cut = Render<DigestPanel>();

        Assert.Contains("Alerts:Email:Host", cut.WaitForElement("[data-testid='digest-no-smtp']").TextContent);
    }
}
