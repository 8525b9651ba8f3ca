namespace JorgeBi.E2E.Support;

/// <summary>
/// Charts are drawn once scrolled near the viewport (apexChart.js), so a full-page screenshot
/// or a check of every chart first scrolls to each one not drawn yet, as a reader would, and
/// then back to where the page was.
/// </summary>
public static class ChartDrawing
{
    // Polled until true: each poll scrolls to the first visible chart still waiting, so charts
    // created while it runs (a page still loading) are drawn too.
    private const string ScrollUntilAllDrawn =
        """
        () => {
            const waiting = [...document.querySelectorAll(".apex-chart")]
                .filter(c => c.dataset.chartReady !== "true" && c.checkVisibility());
            if (waiting.length > 0) {
                window.__scrollBeforeCharts ??= window.scrollY;
                waiting[0].scrollIntoView({ block: "center" });
                return false;
            }
            if (window.__scrollBeforeCharts !== undefined) {
                window.scrollTo(0, window.__scrollBeforeCharts);
                delete window.__scrollBeforeCharts;
            }
            return true;
        }
        """;

    public static Task DrawAllAsync(IPage page) =>
        page.WaitForFunctionAsync(ScrollUntilAllDrawn, null, new() { PollingInterval = 100 });
}
