using Bunit;
using JorgeBi.Data.Access;
using JorgeBi.Web.Components.Pages.Admin;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace JorgeBi.Tests.Web.Admin;

/// <summary>The key panel over a real database: the key exists only in the creating render.</summary>
public sealed class ApiKeysPanelTests : MudTestContext, IClassFixture<TestDatabase>
{
    private readonly TestDatabase _db;

    public ApiKeysPanelTests(TestDatabase db)
    {
        _db = db;
        Services.AddSingleton(db.DataSource);
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<ApiKeyStore>();
        Services.AddSingleton<AuditLog>();
        Authorization.SetAuthorized("ana-owner").SetRoles(UserRoles.Owner);
    }

    [Fact]
    public async Task Create_ShowsTheKeyOnce_ListsItAndAuditsTheOwner()
    {
        var name = "crm-" + Guid.NewGuid().ToString("N")[..8];
        var cut = Render<ApiKeysPanel>();

        cut.Find("input[data-testid='api-key-name']").Input(name);
        cut.Find("input[data-testid='api-key-scope-events:write']").Change(true);
        cut.Find("form").Submit();

        var key = cut.WaitForElement("[data-testid='new-api-key']").TextContent;
        var stored = (await Services.GetRequiredService<ApiKeyStore>().ListAsync()).Single(k => k.Name == name);
        Assert.StartsWith(stored.Prefix, key);
        Assert.Equal([ApiKeyScopes.BiRead, ApiKeyScopes.EventsWrite], stored.Scopes);
        Assert.NotNull(await Services.GetRequiredService<ApiKeyStore>().VerifyAsync(key));
        cut.WaitForAssertion(() => Assert.Contains(cut.FindAll("[data-testid='api-key-row']"), r => r.GetAttribute("data-prefix") == stored.Prefix));
        var audit = await Services.GetRequiredService<AuditLog>().RecentAsync(10);
        Assert.Contains(audit, e => e is { Actor: "ana-owner", Action: "apikey.create" } && e.Target == stored.Prefix && e.Detail == "bi:read,events:write");

        cut.Find("[data-testid='new-api-key-dismiss']").Click();
        Assert.Empty(cut.FindAll("[data-testid='new-api-key']"));
        Assert.DoesNotContain(key, cut.Markup);
    }

    [Fact]
    public void Reopen_AfterCreate_NeverShowsAKey()
    {
        var first = Render<ApiKeysPanel>();
        first.Find("input[data-testid='api-key-name']").Input("once-" + Guid.NewGuid().ToString("N")[..8]);
        first.Find("form").Submit();
        var key = first.WaitForElement("[data-testid='new-api-key']").TextContent;

        var again = Render<ApiKeysPanel>();

        again.WaitForAssertion(() => Assert.NotEmpty(again.FindAll("[data-testid='api-key-row']")));
        Assert.Empty(again.FindAll("[data-testid='new-api-key']"));
        Assert.DoesNotContain(key, again.Markup);
    }

    [Fact]
    public async Task Revoke_Confirmed_RevokesAndAudits()
    {
        var created = await Services.GetRequiredService<ApiKeyStore>().CreateAsync("to-revoke-" + Guid.NewGuid().ToString("N")[..8], [ApiKeyScopes.BiRead]);
        var provider = Render<MudDialogProvider>();
        var cut = Render<ApiKeysPanel>();

        cut.WaitForElement($"[data-prefix='{created.Info.Prefix}'] [data-testid='api-key-revoke']").Click();
        provider.WaitForElement(".mud-message-box__yes-button, .mud-dialog-actions button:last-child").Click();

        cut.WaitForAssertion(() => Assert.Equal("revoked", cut.Find($"[data-prefix='{created.Info.Prefix}'] [data-testid='api-key-status']").TextContent));
        Assert.Null(await Services.GetRequiredService<ApiKeyStore>().VerifyAsync(created.Key));
        var audit = await Services.GetRequiredService<AuditLog>().RecentAsync(10);
        Assert.Contains(audit, e => e is { Actor: "ana-owner", Action: "apikey.revoke" } && e.Target == created.Info.Prefix);
    }
}
