using JorgeBi.Core.Alerts;
using JorgeBi.Core.Insights;
using JorgeBi.Core.Settings;
using JorgeBi.Data.Alerts;
using JorgeBi.Data.Insights;
using JorgeBi.Data.Kpis;
using JorgeBi.Data.Settings;
using JorgeBi.Web.Alerts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace JorgeBi.Tests.Alerts;

/// <summary>
/// The "no events" rule over real locations in two zones, each round of the real monitor at a
/// fixed instant. Tokyo is open Monday to Friday 09:00-17:00 by its own hours; "la-office"
/// (Los Angeles) 09:00-17:00 by its own; "default" (Los Angeles) keeps the configured
/// Monday-Saturday 08:00-20:00. No location has ever had an event, so silence counts from
/// each day's opening; 60 minutes are allowed.
/// </summary>
public sealed class BusinessHoursSilenceTests : IAsyncLifetime
{
    private readonly TestDatabase _db = new();
    private readonly FakeTimeProvider _clock = new();

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        var settings = new SettingsStore(_db.DataSource);
        var hours = new AlertSettingsStore(_db.DataSource);
        await settings.SaveLocationAsync("tokyo", new LocationChange("Tokyo", "Asia/Tokyo"), "owner");
        await settings.SaveLocationAsync("la-office", new LocationChange("LA office", "America/Los_Angeles"), "owner");
        string[] weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday"];
        var defaults = BusinessHours.Of(new AlertRules.SilenceRule());
        await hours.SaveBusinessHoursAsync("tokyo", weekdays, "09:00", "17:00", defaults, "owner");
        await hours.SaveBusinessHoursAsync("la-office", weekdays, "09:00", "17:00", defaults, "owner");
    }

    public Task DisposeAsync() => _db.DisposeAsync();

    private AlertMonitor Monitor()
    {
        var db = _db.DataSource;
        var locations = new LocationQueries(db);
        var kpis = new KpiQueries(db);
        var channels = new StaticOptions<AlertChannelOptions>(new AlertChannelOptions());
        var health = new ServiceCollection().AddLogging().AddHealthChecks().Services.BuildServiceProvider().GetRequiredService<HealthCheckService>();
        var readings = new AlertReadingsSource(locations, new InsightQueries(db, kpis), kpis, new AnomalyService(new TrendQueries(db), locations, _clock),
            new LastEventQueries(db), new AlertSettingsStore(db), health, _clock);
        var dispatcher = new AlertDispatcher(new AlertDeliveryStore(db), new WebhookChannel(new HttpClient(), channels), new EmailChannel(channels), channels,
            _clock, NullLogger<AlertDispatcher>.Instance);
        var rules = new AlertRulesSource(new AlertSettingsStore(db), new StaticOptions<AlertRules>(new AlertRules()));
        return new AlertMonitor(readings, new AlertStore(db), dispatcher, rules, channels, NullLogger<AlertMonitor>.Instance);
    }

    private async Task<IReadOnlyList<string>> SilenceFiringAtAsync(DateTimeOffset instant)
    {
        _clock.SetUtcNow(instant);
        await Monitor().EvaluateAsync(default);
        return (await new AlertStore(_db.DataSource).FiringAsync()).Where(a => a.Rule == AlertRuleNames.Silence).Select(a => a.AlertKey).Order().ToList();
    }

    [Fact]
    public async Task OneInstant_FiresOnlyWhereItIsBusinessHoursInTheLocationsOwnZone()
    {
        // Wednesday 11:00 in Tokyo (open two hours); Tuesday 19:00 in Los Angeles: after la-office's
        // 17:00 closing, still inside the configured hours of "default".
        Assert.Equal(["silence:default", "silence:tokyo"], await SilenceFiringAtAsync(new DateTimeOffset(2026, 6, 17, 2, 0, 0, TimeSpan.Zero)));

        // Wednesday 10:30 in Los Angeles (la-office open 90 minutes), 02:30 Thursday in Tokyo (closed): Tokyo resolves.
        Assert.Equal(["silence:default", "silence:la-office"], await SilenceFiringAtAsync(new DateTimeOffset(2026, 6, 17, 17, 30, 0, TimeSpan.Zero)));

        // Wednesday 09:30 in Los Angeles: la-office has been open 30 minutes only.
        Assert.Equal(["silence:default"], await SilenceFiringAtAsync(new DateTimeOffset(2026, 6, 24, 16, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public async Task Saturday_ClosedByTheLocationsOwnDays_OpenByTheConfiguredOnes()
    {
        // Saturday 11:00 in Tokyo and Los Angeles' Friday 19:00: only "default" works Saturdays and late.
        Assert.Equal(["silence:default"], await SilenceFiringAtAsync(new DateTimeOffset(2026, 6, 20, 2, 0, 0, TimeSpan.Zero)));
        // Saturday 10:00 in Los Angeles.
        Assert.Equal(["silence:default"], await SilenceFiringAtAsync(new DateTimeOffset(2026, 6, 20, 17, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public async Task TunedMinutesAndRule_ApplyFromTheNextRound()
    {
        var wednesdayTokyo11 = new DateTimeOffset(2026, 6, 17, 2, 0, 0, TimeSpan.Zero);
        var store = new AlertSettingsStore(_db.DataSource);

        await store.SaveTuningAsync(new AlertTuning { SilenceMinutes = 150 }, "owner");
        // Tokyo has been open 120 minutes; "default" 11 hours.
        Assert.Equal(["silence:default"], await SilenceFiringAtAsync(wednesdayTokyo11));

        await store.SaveTuningAsync(new AlertTuning { SilenceEnabled = false }, "owner");
        Assert.Empty(await SilenceFiringAtAsync(wednesdayTokyo11.AddMinutes(1)));
    }
}
