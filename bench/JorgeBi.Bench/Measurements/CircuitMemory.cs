using JorgeBi.Bench.Support;
using Microsoft.Playwright;

namespace JorgeBi.Bench.Measurements;

/// <summary>
/// Memory per open dashboard circuit: the app's resident and private memory with N
/// executive dashboards open and idle, against the same process before they opened.
/// </summary>
public sealed class CircuitMemory(AppProcess app, BenchOptions options, Report report)
{
    private const int OpenInParallel = 8;
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(10);

    public async Task RunAsync()
    {
        await using var browser = await DashboardBrowser.SignInAsync(app.BaseAddress, options.UserName, options.Password);
        // One circuit first, so the delta excludes what the first page loads once (assemblies, caches).
        var pages = new List<IPage> { await browser.OpenDashboardAsync() };
        await Task.Delay(Settle);
        var before = app.Memory();
        var rows = new List<IReadOnlyList<string>> { Row(1, before, before) };
        double perCircuitKb = 0;
        foreach (var target in options.CircuitCounts)
        {
            while (pages.Count < target)
            {
                var batch = Math.Min(OpenInParallel, target - pages.Count);
                pages.AddRange(await Task.WhenAll(Enumerable.Range(0, batch).Select(_ => browser.OpenDashboardAsync())));
            }
            await Task.Delay(Settle);
            var now = app.Memory();
            rows.Add(Row(pages.Count, before, now));
            perCircuitKb = (now.RssKb - before.RssKb) / (double)(pages.Count - 1);
        }
        foreach (var page in pages) await page.CloseAsync();
        await Task.Delay(Settle);
        var after = app.Memory();

        report.Section("Blazor circuit memory",
            $"Executive dashboards opened in one signed-in Chromium context ({OpenInParallel} at a time), idle {Settle.TotalSeconds:0} s before each sample " +
            "of the app's `/proc/<pid>/status` (VmRSS = resident, RssAnon = private). Deltas are against one open circuit.");
        report.Table(["open circuits", "RSS MB", "private MB", "RSS delta per circuit KB", "private delta per circuit KB"], rows);
        report.Line($"{Settle.TotalSeconds:0} s after closing every page: RSS {after.RssMb:0.0} MB, private {after.AnonKb / 1024.0:0.0} MB " +
            "(Blazor keeps closed circuits as disconnected for a while, and the GC does not hand freed heap back at once).");
        report.Target("<= 300 KB memory per idle dashboard circuit", perCircuitKb <= 300,
            $"{perCircuitKb:0} KB RSS per circuit at {pages.Count} circuits");
    }

    private static IReadOnlyList<string> Row(int circuits, ProcessMemory before, ProcessMemory now) =>
    [
        circuits.ToString(), $"{now.RssMb:0.0}", $"{now.AnonKb / 1024.0:0.0}",
        circuits <= 1 ? "-" : $"{(now.RssKb - before.RssKb) / (double)(circuits - 1):0}",
        circuits <= 1 ? "-" : $"{(now.AnonKb - before.AnonKb) / (double)(circuits - 1):0}",
    ];
}
