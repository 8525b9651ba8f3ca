using System.Net.Http.Json;
using System.Text.Json.Nodes;
using JorgeBi.Bench.Support;
using JorgeBi.Core.Events;

namespace JorgeBi.Bench.Measurements;

/// <summary>
/// Event to screen under load: while 2,000 single events/s arrive for one location, marker
/// events are POSTed one at a time for another whose live page is open in Chromium. A
/// MutationObserver in the page timestamps each marker's row when it appears; the latency
/// is that instant minus the moment the POST was sent (one machine, one clock).
/// </summary>
public sealed class EventToScreen(AppProcess app, BenchOptions options, Report report)
{
    private const int Samples = 100;
    private const double LoadRate = 2_000;
    private const string Location = "bench-screen";

    private const string Observer =
        """
        () => {
            window.__seen = {};
            new MutationObserver(() => {
                for (const row of document.querySelectorAll("[data-testid='live-feed-row']")) {
                    const marker = row.textContent.match(/mark-\d+-[0-9a-f]{8}/);
                    if (marker && !window.__seen[marker[0]]) window.__seen[marker[0]] = performance.timeOrigin + performance.now();
                }
            }).observe(document.body, { subtree: true, childList: true, characterData: true });
        }
        """;

    public async Task RunAsync()
    {
        report.Section("Event to screen",
            $"{Samples} marker events POSTed one at a time to location `{Location}`, whose live page is open in headless Chromium, " +
            $"while {Report.Number(LoadRate)} single events/s arrive for `default` (open loop). Latency: the instant the page's " +
            "MutationObserver saw the marker's row, minus the instant the POST was sent.");
        var load = new LoadGenerator(app.BaseAddress, options.ApiKey);
        var api = load.Client(4);
        await PostMarkerAsync(api, "mark-0-00000000");
        while (!(await api.GetAsync($"/api/bi/real-time-metrics?location_id={Location}")).IsSuccessStatusCode) await Task.Delay(50);

        await using var browser = await DashboardBrowser.SignInAsync(app.BaseAddress, options.UserName, options.Password);
        var page = await browser.OpenDashboardAsync($"/live?location_id={Location}");
        await page.EvaluateAsync(Observer);
        var batches = new EventBatches();
        var paced = new PacedLoad(load.Client(64), LoadRate, () => batches.Post(1));
        using var stop = new CancellationTokenSource();
        var loading = paced.RunAsync(stop.Token);
        await Task.Delay(options.Warmup);

        var latencies = new List<double>();
        var missed = 0;
        for (var i = 1; i <= Samples; i++)
        {
            var marker = $"mark-{i}-{Guid.NewGuid():N}"[..(6 + i.ToString().Length + 8)];
            var sent = (DateTime.UtcNow - DateTime.UnixEpoch).TotalMilliseconds;
            await PostMarkerAsync(api, marker);
            try
            {
                var seen = await page.WaitForFunctionAsync("m => window.__seen[m]", marker, new() { Timeout = 10_000, PollingInterval = 5 });
                latencies.Add(await seen.JsonValueAsync<double>() - sent);
            }
            catch (TimeoutException)
            {
                missed++;
            }
        }
        await stop.CancelAsync();
        await loading;

        var sorted = latencies.Order().ToList();
        var p95 = Stats.Percentile(sorted, 0.95);
        report.Line($"{sorted.Count} samples ({missed} not seen within 10 s), load {paced.Statuses.GetValueOrDefault(202):N0} of " +
            $"{paced.Statuses.Values.Sum():N0} requests answered 202: p50 {Report.Ms(Stats.Percentile(sorted, 0.5))} ms, " +
            $"p95 {Report.Ms(p95)} ms, max {Report.Ms(sorted.LastOrDefault())} ms.");
        report.Target("Event-to-screen p95 <= 500 ms at 2,000 events/s", missed == 0 && p95 <= 500, $"p95 {Report.Ms(p95)} ms, {missed} missed");
    }

    private static async Task PostMarkerAsync(HttpClient api, string lead)
    {
        var e = new BiEvent(Guid.NewGuid(), DateTimeOffset.UtcNow, Location, lead, new LeadCreated("website", "buyer", null, null));
        using var response = await api.PostAsJsonAsync("/api/events", EventJson.ToJsonObject(e));
        response.EnsureSuccessStatusCode();
    }
}
