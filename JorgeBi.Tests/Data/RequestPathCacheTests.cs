using Dapper;
using JorgeBi.Data.Access;
using JorgeBi.Data.Kpis;

namespace JorgeBi.Tests.Data;

/// <summary>What every API request reads, kept briefly in memory: verified keys and locations.</summary>
public sealed class RequestPathCacheTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Key_RevokedThroughTheStore_IsRefusedAtOnce()
    {
        var keys = new ApiKeyStore(db.DataSource, _clock);
        var created = await keys.CreateAsync("revoke-here", [ApiKeyScopes.BiRead]);
        Assert.NotNull(await keys.VerifyAsync(created.Key));

        await keys.RevokeAsync(created.Info.Prefix);

        Assert.Null(await keys.VerifyAsync(created.Key));
    }

    [Fact]
    public async Task Key_RevokedElsewhere_IsRefusedOnceTheVerificationExpires()
    {
        var keys = new ApiKeyStore(db.DataSource, _clock);
        var created = await keys.CreateAsync("revoke-elsewhere", [ApiKeyScopes.BiRead]);
        Assert.NotNull(await keys.VerifyAsync(created.Key));

        await new ApiKeyStore(db.DataSource, _clock).RevokeAsync(created.Info.Prefix);
        var withinLifetime = await keys.VerifyAsync(created.Key);
        _clock.Advance(ApiKeyStore.VerifiedLifetime);
        var after = await keys.VerifyAsync(created.Key);

        Assert.NotNull(withinLifetime);
        Assert.Null(after);
    }

    [Fact]
    public async Task Key_WrongSecretWithAKnownPrefix_IsRefusedEvenWhileTheRealOneIsCached()
    {
        var keys = new ApiKeyStore(db.DataSource, _clock);
        var created = await keys.CreateAsync("forged", [ApiKeyScopes.BiRead]);
        Assert.NotNull(await keys.VerifyAsync(created.Key));

        var forged = created.Key[..^4] + (created.Key.EndsWith("AAAA") ? "BBBB" : "AAAA");

        Assert.Null(await keys.VerifyAsync(forged));
    }

    [Fact]
    public async Task Location_AddedWithSql_IsListedOnceItsChangeIsReported_AKnownOneKeepsTheSnapshot()
    {
        var locations = new LocationCache(new LocationQueries(db.DataSource), _clock);
        await using var conn = await db.DataSource.OpenConnectionAsync();
        await conn.ExecuteAsync("insert into location (location_id, name) values ('cache-known', 'Known office')");
        Assert.Contains(await locations.ListAsync(), l => l.LocationId == "cache-known");
        await conn.ExecuteAsync("insert into location (location_id, name) values ('cache-listed', 'Listed office')");
        await conn.ExecuteAsync("update location set monthly_commission_target = 4321 where location_id = 'cache-known'");

        locations.InvalidateIfUnknown("cache-known");
        var afterKnown = await locations.ListAsync();
        locations.InvalidateIfUnknown("cache-listed");
        var afterUnknown = await locations.ListAsync();

        Assert.DoesNotContain(afterKnown, l => l.LocationId == "cache-listed");
        Assert.NotEqual(4321m, afterKnown.Single(l => l.LocationId == "cache-known").MonthlyCommissionTarget);
        Assert.Contains(afterUnknown, l => l.LocationId == "cache-listed");
        Assert.Equal(4321m, afterUnknown.Single(l => l.LocationId == "cache-known").MonthlyCommissionTarget);
    }

    [Fact]
    public async Task Location_AddedAfterTheSnapshot_IsFoundAtOnce_AndAChangedTargetShowsAfterTheLifetime()
    {
        var locations = new LocationCache(new LocationQueries(db.DataSource), _clock);
        Assert.NotNull(await locations.FindAsync("default"));
        await using var conn = await db.DataSource.OpenConnectionAsync();
        await conn.ExecuteAsync("insert into location (location_id, name) values ('cache-new', 'New office')");

        var added = await locations.FindAsync("cache-new");
        Assert.Contains(await locations.ListAsync(), l => l.LocationId == "cache-new");
        await conn.ExecuteAsync("update location set monthly_commission_target = 1234 where location_id = 'cache-new'");
        var withinLifetime = await locations.FindAsync("cache-new");
        _clock.Advance(LocationCache.Lifetime);
        var after = await locations.FindAsync("cache-new");

        Assert.Equal("New office", added?.Name);
        Assert.NotEqual(1234m, withinLifetime?.MonthlyCommissionTarget);
        Assert.Equal(1234m, after?.MonthlyCommissionTarget);
    }
}
