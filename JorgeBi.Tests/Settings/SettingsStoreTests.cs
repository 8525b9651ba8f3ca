using Dapper;
using JorgeBi.Core.Settings;
using JorgeBi.Data.Access;
using JorgeBi.Data.Settings;

namespace JorgeBi.Tests.Settings;

/// <summary>Settings on a real PostgreSQL: what is stored, what is audited, and what a change does to the numbers.</summary>
public sealed class SettingsStoreTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    private SettingsStore Store => new(db.DataSource);

    [Fact]
    public async Task SaveLocation_BeforeItsEvents_CreatesItConfirmedAndAudits()
    {
        var saved = await Store.SaveLocationAsync("north-office", new LocationChange("North office", "Europe/Berlin", 0.05m, 90_000m), "ana");

        Assert.Equal(SaveOutcome.Created, saved.Outcome);
        Assert.Equal(new LocationSettings("north-office", "North office", "Europe/Berlin", 0.05m, 90_000m, saved.Saved!.ConfirmedAt), saved.Saved);
        Assert.False(saved.Saved.IsNew);
        var audit = Assert.Single(await Audit("north-office"));
        Assert.Equal(("ana", "settings.location.create"), (audit.Actor, audit.Action));
        Assert.Contains("time_zone (new) -> Europe/Berlin", audit.Detail);
        Assert.Contains("monthly_commission_target (new) -> 90000", audit.Detail);
    }

    [Fact]
    public async Task EventOfUnknownLocation_Accepted_NewWithDefaultsUntilAnOwnerSavesIt()
    {
        var f = new FixtureEvents("pop-up-office");
        f.Lead(new DateTime(2026, 6, 1, 10, 0, 0));
        await f.IngestAsync(db.DataSource);

        var before = (await Store.ListLocationsAsync()).Single(l => l.LocationId == "pop-up-office");
        var saved = await Store.SaveLocationAsync("pop-up-office", new LocationChange(), "ana");

        Assert.Equal(new LocationSettings("pop-up-office", "pop-up-office", "America/Los_Angeles", 0.06m, 150_000m, null), before);
        Assert.True(before.IsNew);
        Assert.Equal(SaveOutcome.Updated, saved.Outcome);
        Assert.False(saved.Saved!.IsNew);
        Assert.Equal("confirmed unchanged", Assert.Single(await Audit("pop-up-office")).Detail);
    }

    [Fact]
    public async Task SaveLocation_BadValues_NothingStoredAndEachFieldNamed()
    {
        var saved = await Store.SaveLocationAsync("bad-values", new LocationChange("", "Pacific Standard Time", 0.5m, -5m), "ana");

        Assert.Equal(SaveOutcome.Invalid, saved.Outcome);
        Assert.Equal([SettingsFields.CommissionRate, SettingsFields.MonthlyCommissionTarget, SettingsFields.Name, SettingsFields.TimeZone], saved.Errors.Keys.Order());
        Assert.DoesNotContain(await Store.ListLocationsAsync(), l => l.LocationId == "bad-values");
        Assert.Empty(await Audit("bad-values"));
    }

    [Fact]
    public async Task CommissionRateChange_AppliesToDealsClosedAfterIt_PastCommissionsNeverChange()
    {
        var closedBefore = new DateTime(2026, 5, 20, 12, 0, 0);
        var before = new FixtureEvents("rate-change");
        before.Closed(closedBefore, 100_000m);
        await before.IngestAsync(db.DataSource);

        await Store.SaveLocationAsync("rate-change", new LocationChange(CommissionRate: 0.05m), "ana");
        // A deal that closed before the change but is reported after it, and one that closes after it.
        var after = new FixtureEvents("rate-change");
        after.Closed(closedBefore.AddDays(1), 50_000m, lead: "lead-late");
        after.Closed(DateTime.UtcNow.AddMinutes(1), 200_000m, lead: "lead-after");
        await after.IngestAsync(db.DataSource);
        // A rebuild and a zone change recompute every rollup from the facts: the rates stay as stored.
        await new AppliedEventStore(db.DataSource).RebuildRollupsAsync("rate-change");
        await Store.SaveLocationAsync("rate-change", new LocationChange(TimeZone: "America/Chicago"), "ana");
        await new RebucketJobs(db.DataSource).RunNextAsync();

        await using var conn = await db.DataSource.OpenConnectionAsync();
        var facts = (await conn.QueryAsync<(decimal Rate, decimal Commission)>(
            "select commission_rate, commission from fact_deal_closed where location_id = 'rate-change' order by occurred_at")).ToList();
        Assert.Equal([(0.06m, 6_000m), (0.06m, 3_000m), (0.05m, 10_000m)], facts);
        Assert.Equal(19_000m, await conn.ExecuteScalarAsync<decimal>("select sum(commission) from rollup_sales_hourly where location_id = 'rate-change'"));
        Assert.Equal(19_000m, await conn.ExecuteScalarAsync<decimal>("select sum(commission) from rollup_kpi_daily where location_id = 'rate-change'"));
    }

    [Fact]
    public async Task CommissionRateChangedTwice_EachDealEarnsTheRateInForceWhenItClosed()
    {
        var closedBefore = new FixtureEvents("rate-twice");
        closedBefore.Lead(new DateTime(2026, 5, 1, 9, 0, 0));
        await closedBefore.IngestAsync(db.DataSource);
        await Store.SaveLocationAsync("rate-twice", new LocationChange(CommissionRate: 0.05m), "ana");
        var between = DateTime.UtcNow;
        await Store.SaveLocationAsync("rate-twice", new LocationChange(CommissionRate: 0.04m), "ana");

        // All three reported after both changes: before the first, between the two, after the second.
        var deals = new FixtureEvents("rate-twice");
        deals.Closed(new DateTime(2026, 5, 2, 12, 0, 0), 100_000m, lead: "lead-1");
        deals.Closed(between, 100_000m, lead: "lead-2");
        deals.Closed(DateTime.UtcNow.AddMinutes(1), 100_000m, lead: "lead-3");
        await deals.IngestAsync(db.DataSource);

        await using var conn = await db.DataSource.OpenConnectionAsync();
        var rates = await conn.QueryAsync<decimal>("select commission_rate from fact_deal_closed where location_id = 'rate-twice' order by occurred_at");
        Assert.Equal([0.06m, 0.05m, 0.04m], rates);
    }

    [Fact]
    public async Task SaveBot_ChangesTargetsAndAudits_UnknownBotNotFound()
    {
        var saved = await Store.SaveBotAsync("jorge-buyer", new BotChange(ResponseTargetMs: 60, SuccessTarget: 0.9m), "ana");
        var unknown = await Store.SaveBotAsync("no-such-bot", new BotChange(Name: "Ghost"), "ana");

        Assert.Equal(new BotSettings("jorge-buyer", "Buyer Bot", 60, 0.9m), saved.Saved);
        Assert.Equal(SaveOutcome.NotFound, unknown.Outcome);
        var audit = Assert.Single(await Audit("jorge-buyer"));
        Assert.Equal("response_target_ms 75 -> 60; success_target 0.94 -> 0.9", audit.Detail);
    }

    [Fact]
    public async Task SaveSource_Renames_EmptyNameRefused()
    {
        var f = new FixtureEvents("sources");
        f.Lead(new DateTime(2026, 6, 1, 10, 0, 0), source: "open-house");
        await f.IngestAsync(db.DataSource);

        var renamed = await Store.SaveSourceAsync("open-house", "Open house", "ana");
        var empty = await Store.SaveSourceAsync("open-house", " ", "ana");

        Assert.Equal(new SourceSettings("open-house", "Open house"), renamed.Saved);
        Assert.Equal([SettingsFields.Name], empty.Errors.Keys);
        Assert.Contains(await Store.ListSourcesAsync(), s => s == new SourceSettings("open-house", "Open house"));
    }

    private async Task<List<AuditEntry>> Audit(string target) =>
        (await new AuditLog(db.DataSource).RecentAsync(200)).Where(e => e.Target == target && e.Action.StartsWith("settings.")).ToList();
}
