using JorgeBi.E2E.Support;
using Xunit.Abstractions;

namespace JorgeBi.E2E.Tests;

[Collection(E2ECollection.Name)]
public sealed class Explore(AppFixture app, BrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public async Task Dump()
    {
        await using var s = await BrowserSession.OpenAsync(browser.Browser, app.BaseAddress, Viewports.Desktop);
        var sw = System.Diagnostics.Stopwatch.StartNew();
        s.Page.WebSocket += (_, ws) => { output.WriteLine($"{sw.ElapsedMilliseconds} ws {ws.Url}"); ws.FrameReceived += (_, f) => output.WriteLine($"{sw.ElapsedMilliseconds} recv {f.Binary?.Length} {f.Text?.Length}"); };
        await s.Page.GotoAsync("/");
        output.WriteLine($"goto {sw.ElapsedMilliseconds}");
        var keys0 = await s.Page.EvaluateAsync<string[]>("() => Object.keys(window)");
        var js = "() => JSON.stringify({ c: window.mudpopoverHelper?.mainContainerClass, map: Object.keys(window.mudPopover?.map ?? {}).length, drawer: document.querySelector('.mud-drawer')?.className, html: document.documentElement.outerHTML.length })";
        for (var i = 0; i < 15; i++)
        {
            output.WriteLine($"{sw.ElapsedMilliseconds}: {await s.Page.EvaluateAsync<string>(js)}");
            await Task.Delay(200);
        }
        var keys1 = await s.Page.EvaluateAsync<string[]>("() => Object.keys(window)");
        output.WriteLine("new globals: " + string.Join(",", keys1.Except(keys0)));
        output.WriteLine("mud globals: " + string.Join(",", keys1.Where(k => k.Contains("mud", StringComparison.OrdinalIgnoreCase))));
    }
}
