using Bunit;
using JorgeBi.Core.Access;
using JorgeBi.Core.Kpis;
using JorgeBi.Data.Access;
using JorgeBi.Tests.Web.Executive;
using JorgeBi.Web.Components.Pages.Admin;
using JorgeBi.Web.Security;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace JorgeBi.Tests.Web.Admin;

/// <summary>The users panel over a real database: the owner adds, changes, resets and disables accounts, each audited.</summary>
public sealed class UsersPanelTests : MudTestContext, IClassFixture<TestDatabase>
{
    private const string Owner = "ana-owner";
    private static readonly LocationInfo North = new("north", "North office", "America/Los_Angeles", 0.06m, 150_000m);

    public UsersPanelTests(TestDatabase db)
    {
        Services.AddSingleton(db.DataSource);
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<UserStore>();
        Services.AddSingleton<AuditLog>();
        Services.AddSingleton<ILocationSource>(new FakeLocationSource(PageScene.Location, North));
        Services.AddSingleton<AccountEditor>();
        Authorization.SetAuthorized(Owner).SetRoles(UserRoles.Owner);
    }

    private UserStore Users => Services.GetRequiredService<UserStore>();

    private static string Name() => "u" + Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task Add_ManagerOfOneLocation_ShowsThePasswordOnce_StoresAndAudits()
    {
        var name = Name();
        var cut = Render<UsersPanel>();

        cut.Find("input[data-testid='user-form-username']").Input(name);
        cut.Find("input[data-testid='user-form-locations-all']").Change(false);
        cut.Find("input[data-testid='user-form-locations-north']").Change(true);
        cut.Find("form").Submit();

        var password = cut.WaitForElement("[data-testid='new-password']").TextContent;
        Assert.Empty(cut.FindAll("[data-testid='user-form-error']"));
        var login = await Users.CheckPasswordAsync(name, password);
        Assert.Equal(LoginOutcome.Success, login.Outcome);
        Assert.Equal((UserRoles.Manager, "north"), (login.User!.Role, login.User.Locations.ToString()));
        cut.WaitForAssertion(() => Assert.Equal("North office", Row(cut, name).QuerySelector("[data-testid='user-locations']")!.TextContent));
        Assert.Contains(await Audit(), e => e is { Actor: Owner, Action: "user.add" } && e.Target == name && e.Detail == "manager; locations north");

        cut.Find("[data-testid='new-password-dismiss']").Click();
        Assert.DoesNotContain(password, cut.Markup);
    }

    [Fact]
    public void Add_NoLocationTicked_CannotBeSubmitted_OwnerRoleSeesEveryLocation()
    {
        var cut = Render<UsersPanel>();
        // The panel renders again once the locations are read: act on that render's elements.
        cut.WaitForElement("input[data-testid='user-form-locations-north']");
        cut.Find("input[data-testid='user-form-username']").Input(Name());

        cut.Find("input[data-testid='user-form-locations-all']").Change(false);
        cut.WaitForAssertion(() => Assert.True(cut.Find("[data-testid='user-form-submit']").HasAttribute("disabled")));

        cut.FindAll("[data-testid='user-form-role'] .mud-toggle-item").Single(b => b.TextContent.Trim() == UserRoles.Owner).Click();
        // The toggle group takes its value asynchronously.
        cut.WaitForAssertion(() => Assert.False(cut.Find("[data-testid='user-form-submit']").HasAttribute("disabled")));
        Assert.True(cut.Find("input[data-testid='user-form-locations-all']").HasAttribute("disabled"));
        Assert.True(cut.Find("input[data-testid='user-form-locations-all']").HasAttribute("checked"));
    }

    [Fact]
    public async Task Edit_RoleAndLocations_SavesEndsSessionsAndAuditsWhatChanged()
    {
        var before = await Users.AddAsync(Name(), UserRoles.Viewer, "a-long-enough-password");
        var cut = Render<UsersPanel>();

        Row(cut, before.Username).QuerySelector("[data-testid='user-edit']")!.Click();
        // The form renders again once the locations are read: act on that render's elements,
        // found and clicked with no render in between.
        cut.WaitForElement("input[data-testid='user-form-locations-north']");
        await cut.InvokeAsync(() => cut.FindAll("[data-testid='user-form-role'] .mud-toggle-item").Single(b => b.TextContent.Trim() == UserRoles.Manager).Click());
        // The toggle group takes its value asynchronously: go on once it shows the new role.
        cut.WaitForAssertion(() => Assert.Equal(UserRoles.Manager,
            cut.Find("[data-testid='user-form-role'] .mud-toggle-item-selected").TextContent.Trim()));
        cut.Find("input[data-testid='user-form-locations-all']").Change(false);
        cut.Find("input[data-testid='user-form-locations-north']").Change(true);
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Equal(UserRoles.Manager, Row(cut, before.Username).QuerySelector("[data-testid='user-role']")!.TextContent));
        var after = (await Users.FindAsync(before.UserId))!;
        Assert.Equal(LocationGrant.Only(["north"]), after.Locations);
        Assert.NotEqual(before.SecurityStamp, after.SecurityStamp);
        Assert.Contains(await Audit(), e => e is { Action: "user.access" } && e.Target == before.Username && e.Detail == "role viewer -> manager; locations all -> north");
    }

    [Fact]
    public async Task ResetPassword_Confirmed_GivesAWorkingPasswordShownOnce()
    {
        var user = await Users.AddAsync(Name(), UserRoles.Viewer, "a-long-enough-password");
        var provider = Render<MudDialogProvider>();
        var cut = Render<UsersPanel>();

        Row(cut, user.Username).QuerySelector("[data-testid='user-reset-password']")!.Click();
        provider.WaitForElement(".mud-message-box__yes-button, .mud-dialog-actions button:last-child").Click();

        var password = cut.WaitForElement("[data-testid='new-password']").TextContent;
        Assert.Equal(LoginOutcome.Success, (await Users.CheckPasswordAsync(user.Username, password)).Outcome);
        Assert.Equal(LoginOutcome.Invalid, (await Users.CheckPasswordAsync(user.Username, "a-long-enough-password")).Outcome);
        Assert.Contains(await Audit(), e => e is { Action: "user.passwd" } && e.Target == user.Username);
    }

    [Fact]
    public async Task Disable_Confirmed_RefusesSignIn_AndTheOwnerCannotDisableThemself()
    {
        var user = await Users.AddAsync(Name(), UserRoles.Manager, "a-long-enough-password");
        await Users.AddAsync(Owner, UserRoles.Owner, "a-long-enough-password");
        var provider = Render<MudDialogProvider>();
        var cut = Render<UsersPanel>();

        Row(cut, user.Username).QuerySelector("[data-testid='user-disable']")!.Click();
        provider.WaitForElement(".mud-message-box__yes-button, .mud-dialog-actions button:last-child").Click();

        cut.WaitForAssertion(() => Assert.Equal("disabled", Row(cut, user.Username).QuerySelector("[data-testid='user-status']")!.TextContent));
        Assert.Equal(LoginOutcome.Invalid, (await Users.CheckPasswordAsync(user.Username, "a-long-enough-password")).Outcome);
        Assert.Contains(await Audit(), e => e is { Action: "user.disable" } && e.Target == user.Username);
        Assert.True(Row(cut, Owner).QuerySelector("[data-testid='user-disable']")!.HasAttribute("disabled"));
    }

    // The list loads after the first render.
    private static AngleSharp.Dom.IElement Row(IRenderedComponent<UsersPanel> cut, string username) =>
        cut.WaitForElement($"[data-testid='user-row'][data-username='{username}']");

    private Task<IReadOnlyList<AuditEntry>> Audit() => Services.GetRequiredService<AuditLog>().RecentAsync(50);
}
