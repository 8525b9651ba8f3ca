using JorgeBi.Core.Digests;
using JorgeBi.Data.Digests;
using JorgeBi.Data.Kpis;
using JorgeBi.Tests.Alerts;
using JorgeBi.Web.Alerts;
using JorgeBi.Web.Digests;
using Microsoft.Extensions.Logging.Abstractions;

namespace JorgeBi.Tests.Digests;

/// <summary>
/// Digests of a hand-written fortnight in Los Angeles sent to a real SMTP server, each test on
/// its own database. Tuesday 2026-06-16: 4 leads (one qualified, with an appointment), a
/// $500,000 deal (commission $30,000 at 6 %), 9 of 10 interactions successful. Monday
/// 2026-06-15: 2 leads, 10 of 10 interactions. Nothing else before Saturday 2026-06-20, when
/// one more lead arrives. Digests go out at 07:00 local.
/// </summary>
public sealed class DigestSenderTests : IAsyncLifetime
{
    private const string Location = "digest-la";
    private readonly TestDatabase _db = new();
    private readonly ManualClock _clock = ManualClock.AtLosAngeles(new DateTime(2026, 6, 16, 12, 0, 0));
    private readonly SmtpReceiver _smtp = new();
    private readonly AlertChannelOptions _channels = new();

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        _channels.Email = new() { Host = "127.0.0.1", Port = _smtp.Port, Security = "None", From = "JorgeBi <digests@jorgebi.test>" };
        _channels.Delivery.FirstRetryDelay = TimeSpan.Zero;
        var f = new FixtureEvents(Location);
        var tuesday = new DateTime(2026, 6, 16, 10, 0, 0);
        var qualified = f.Lead(tuesday);
        f.Lead(tuesday.AddHours(1));
        f.Lead(tuesday.AddHours(2));
        f.Lead(tuesday.AddHours(3));
        f.Qualified(tuesday.AddHours(4), qualified);
        f.Appointment(tuesday.AddHours(5), qualified);
        f.Closed(tuesday.AddHours(6), 500_000m, qualified);
        f.Interactions(tuesday, count: 10, successes: 9);
        f.Lead(new DateTime(2026, 6, 15, 9, 0, 0));
        f.Lead(new DateTime(2026, 6, 15, 18, 0, 0));
        f.Interactions(new DateTime(2026, 6, 15, 9, 0, 0), count: 10, successes: 10);
        f.Lead(new DateTime(2026, 6, 20, 9, 0, 0));
        await f.IngestAsync(_db.DataSource);
    }

    public async Task DisposeAsync()
    {
        _smtp.Dispose();
        await _db.DisposeAsync();
    }

    /// <summary>A sender as the app builds it; a new one is what a restarted instance has.</summary>
    private DigestSender Sender()
    {
        var db = _db.DataSource;
        var channels = new StaticOptions<AlertChannelOptions>(_channels);
        return new DigestSender(new DigestStore(db), new LocationQueries(db), Services.Executive(db, _clock), Services.Insights(db, _clock),
            new EmailChannel(channels), new StaticOptions<DigestOptions>(new DigestOptions { DashboardUrl = new Uri("https://bi.jorge.test") }),
            channels, _clock, NullLogger<DigestSender>.Instance);
    }

    private Task SubscribeAsync(string email, string frequency) =>
        new DigestStore(_db.DataSource).AddAsync(email, frequency, Location, _clock.GetUtcNow(), "owner");

    [Fact]
    public async Task Daily_AtSendTime_SendsTheDayBeforeAgainstItsPreviousDay_OnceAcrossRoundsAndRestarts()
    {
        await SubscribeAsync("maria@jorgebi.test", DigestFrequency.Daily);
        _clock.Now = FixtureEvents.LosAngeles(new DateTime(2026, 6, 17, 7, 0, 0));

        Assert.Equal(1, await Sender().SendDueAsync(default));
        var mail = await _smtp.NextAsync();
        Assert.Equal(0, await Sender().SendDueAsync(default));
        var restarted = Sender();
        _clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await restarted.SendDueAsync(default));

        Assert.Equal("JorgeBi daily digest: digest-la, Tue 2026-06-16", mail.Subject);
        Assert.Equal("maria@jorgebi.test", mail.To.Mailboxes.Single().Address);
        Assert.Equal("digests@jorgebi.test", mail.From.Mailboxes.Single().Address);
        var body = Lines(mail.TextBody);
        Assert.Equal("Daily digest for digest-la: Tue 2026-06-16 (America/Los_Angeles), compared with Mon 2026-06-15.", body[0]);
        Assert.Equal(
        [
            "Leads: 4 (previous 2, +100.0 %)",
            "Qualified leads: 1 (previous 0, no change to compare)",
            "Appointments: 1 (previous 0, no change to compare)",
            "Deals closed: 1 (previous 0, no change to compare)",
            "Conversion rate: 25.0 % (previous 0.0 %, no change to compare)",
            "Revenue: $500,000 (previous $0, no change to compare)",
            "Commission: $30,000 (previous $0, no change to compare)",
            "Bot success rate: 90.0 % (previous 100.0 %, -10.0 %)",
            "p95 response time: 10 ms (previous 10 ms, 0.0 %)",
        ], body[1..10]);
        Assert.Contains("Top insights", body);
        Assert.Equal("Dashboard: https://bi.jorge.test/?location_id=digest-la&from=2026-06-16&to=2026-06-16", body[^1]);
        Assert.False(_smtp.HasMore);

        // The next morning brings the next day's digest, and only it.
        _clock.Now = FixtureEvents.LosAngeles(new DateTime(2026, 6, 18, 7, 1, 0));
        Assert.Equal(1, await Sender().SendDueAsync(default));
        Assert.Equal("JorgeBi daily digest: digest-la, Wed 2026-06-17", (await _smtp.NextAsync()).Subject);
        var sent = await new DigestStore(_db.DataSource).DeliveriesAsync();
        Assert.Equal([new DateOnly(2026, 6, 16), new DateOnly(2026, 6, 17)], sent.Select(d => d.PeriodStart));
        Assert.All(sent, d => Assert.Equal((1, null), (d.Attempts, d.LastError)));
    }

    [Fact]
    public async Task Weekly_OnMonday_SendsMondayToSundayAgainstTheWeekBefore()
    {
        await SubscribeAsync("jorge@jorgebi.test", DigestFrequency.Weekly);
        _clock.Now = FixtureEvents.LosAngeles(new DateTime(2026, 6, 22, 7, 30, 0));

        Assert.Equal(1, await Sender().SendDueAsync(default));

        var mail = await _smtp.NextAsync();
        Assert.Equal("JorgeBi weekly digest: digest-la, Mon 2026-06-15 to Sun 2026-06-21", mail.Subject);
        var body = Lines(mail.TextBody);
        // 2 + 4 + 1 leads that week, none the week before; 19 of 20 interactions.
        Assert.Equal("Leads: 7 (previous 0, no change to compare)", body[1]);
        Assert.Equal("Conversion rate: 14.3 % (previous 0.0 %, no change to compare)", body[5]);
        Assert.Equal("Bot success rate: 95.0 % (previous none, no change to compare)", body[8]);
        Assert.Equal("Dashboard: https://bi.jorge.test/?location_id=digest-la&from=2026-06-15&to=2026-06-21", body[^1]);
    }

    [Fact]
    public async Task BeforeSendTime_OrSubscribedAfterIt_NothingIsSent()
    {
        await SubscribeAsync("late@jorgebi.test", DigestFrequency.Daily);

        // Wednesday 06:59: Tuesday's digest is not due; Monday's went out before the subscription.
        _clock.Now = FixtureEvents.LosAngeles(new DateTime(2026, 6, 17, 6, 59, 0));
        Assert.Equal(0, await Sender().SendDueAsync(default));
        // A weekly subscriber from Tuesday waits for the next Monday.
        await SubscribeAsync("late@jorgebi.test", DigestFrequency.Weekly);
        _clock.Now = FixtureEvents.LosAngeles(new DateTime(2026, 6, 21, 23, 0, 0));
        Assert.Equal(1, await Sender().SendDueAsync(default));   // Saturday's daily digest only

        Assert.Equal("JorgeBi daily digest: digest-la, Sat 2026-06-20", (await _smtp.NextAsync()).Subject);
        Assert.False(_smtp.HasMore);
    }

    [Fact]
    public async Task ServerDown_AttemptRecorded_ThenRetriedOnALaterRound_AndSentOnce()
    {
        await SubscribeAsync("maria@jorgebi.test", DigestFrequency.Daily);
        _clock.Now = FixtureEvents.LosAngeles(new DateTime(2026, 6, 17, 7, 0, 0));
        _channels.Email.Port = AppProcess.FreePort();

        Assert.Equal(0, await Sender().SendDueAsync(default));
        var failed = Assert.Single(await new DigestStore(_db.DataSource).DeliveriesAsync());
        _channels.Email.Port = _smtp.Port;
        Assert.Equal(1, await Sender().SendDueAsync(default));
        Assert.Equal(0, await Sender().SendDueAsync(default));

        Assert.Equal((1, null), (failed.Attempts, failed.SentAt));
        Assert.False(string.IsNullOrWhiteSpace(failed.LastError));
        var sent = Assert.Single(await new DigestStore(_db.DataSource).DeliveriesAsync());
        Assert.Equal(2, sent.Attempts);
        Assert.NotNull(sent.SentAt);
        Assert.Equal("JorgeBi daily digest: digest-la, Tue 2026-06-16", (await _smtp.NextAsync()).Subject);
        Assert.False(_smtp.HasMore);
    }

    private static string[] Lines(string? text) => (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
