using JorgeBi.Core.Access;
using JorgeBi.Data.Access;
using Npgsql;

namespace JorgeBi.Tests.Data.Access;

/// <summary>Accounts and keys with locations over a real database.</summary>
public sealed class AccountStoreTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    private const string Password = "a-long-enough-password";
    private static readonly LocationGrant North = LocationGrant.Only(["north"]);

    private UserStore Users() => new(db.DataSource, TimeProvider.System);

    private static string Name() => "u" + Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task Add_WithoutLocations_SeesEveryLocation_WithLocations_KeepsThem()
    {
        var everywhere = await Users().AddAsync(Name(), UserRoles.Manager, Password);
        var scoped = await Users().AddAsync(Name(), UserRoles.Manager, Password, LocationGrant.Only(["south", "north"]));

        Assert.Equal(LocationGrant.All, (await Users().FindAsync(everywhere.UserId))!.Locations);
        Assert.Equal("north,south", (await Users().FindAsync(scoped.UserId))!.Locations.ToString());
    }

    [Fact]
    public async Task Add_OwnerLimitedToLocations_Refused()
    {
        var refused = await Assert.ThrowsAsync<ArgumentException>(() => Users().AddAsync(Name(), UserRoles.Owner, Password, North));

        Assert.Equal("locations", refused.ParamName);
    }

    [Fact]
    public async Task SetAccess_ChangesRoleAndLocations_AndEndsSessions()
    {
        var name = Name();
        var before = await Users().AddAsync(name, UserRoles.Viewer, Password);

        var after = await Users().SetAccessAsync(name, UserRoles.Manager, North);

        Assert.Equal((UserRoles.Manager, North), (after!.Role, after.Locations));
        Assert.NotEqual(before.SecurityStamp, after.SecurityStamp);
        Assert.Null(await Users().SetAccessAsync("nobody-here", UserRoles.Manager, null));
    }

    [Fact]
    public async Task SetAccess_MadeOwner_SeesEveryLocation_AndAnOwnerCannotBeLimited()
    {
        var name = Name();
        await Users().AddAsync(name, UserRoles.Manager, Password, North);

        var owner = await Users().SetAccessAsync(name, UserRoles.Owner, null);

        Assert.Equal(LocationGrant.All, owner!.Locations);
        await Assert.ThrowsAsync<ArgumentException>(() => Users().SetAccessAsync(name, null, North));
    }

    [Fact]
    public async Task Disable_RefusesSignIn_EndsSessions_EnableRestores()
    {
        var name = Name();
        var before = await Users().AddAsync(name, UserRoles.Manager, Password);

        Assert.True(await Users().SetDisabledAsync(name, true));
        var disabled = (await Users().FindAsync(before.UserId))!;
        var refused = await Users().CheckPasswordAsync(name, Password);
        Assert.True(await Users().SetDisabledAsync(name, false));
        var enabled = await Users().CheckPasswordAsync(name, Password);

        Assert.True(disabled.IsDisabled);
        Assert.NotEqual(before.SecurityStamp, disabled.SecurityStamp);
        Assert.Equal(LoginOutcome.Invalid, refused.Outcome);
        Assert.Equal(LoginOutcome.Success, enabled.Outcome);
        Assert.False(await Users().SetDisabledAsync("nobody-here", true));
    }

    [Fact]
    public async Task Key_WithLocations_VerifiesWithThem_AdminKeyCannotBeLimited()
    {
        var keys = new ApiKeyStore(db.DataSource, TimeProvider.System);

        var created = await keys.CreateAsync("north reader", [ApiKeyScopes.BiRead], North);
        var refused = await Assert.ThrowsAsync<ArgumentException>(() => keys.CreateAsync("north admin", [ApiKeyScopes.Admin], North));

        Assert.Equal(North, (await keys.VerifyAsync(created.Key))!.Locations);
        Assert.Equal(LocationGrant.All, (await keys.CreateAsync("everywhere", [ApiKeyScopes.BiRead])).Info.Locations);
        Assert.Equal("locations", refused.ParamName);
    }

    [Fact]
    public async Task Schema_RefusesAnOwnerWithLocations_EvenWrittenDirectly()
    {
        await using var conn = await db.DataSource.OpenConnectionAsync();
        await using var insert = new NpgsqlCommand(
            "insert into app_user (username, password_hash, role, locations) values ('direct-owner', 'x', 'owner', array['north'])", conn);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => insert.ExecuteNonQueryAsync());

        Assert.Equal(PostgresErrorCodes.CheckViolation, refused.SqlState);
    }
}
