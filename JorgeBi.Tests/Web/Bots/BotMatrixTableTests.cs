using Bunit;
using JorgeBi.Core.Bots;
using JorgeBi.Web.Components.Pages.Bots;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.Tests.Web.Bots;

public sealed class BotMatrixTableTests : MudTestContext
{
    private static readonly IReadOnlyList<BotMetrics> Rows =
    [
        BotMatrixSamples.Bot("jorge-seller", BotStatus.OnTarget, p95: 40, target: 50),
        BotMatrixSamples.Bot("jorge-buyer", BotStatus.AtRisk, p95: 90, target: 75),
        BotMatrixSamples.Bot("intent-decoder", BotStatus.BelowTarget, p95: 60, target: 25),
        BotMatrixSamples.Bot("lead-bot", BotStatus.NoData, p95: null, target: 100) with { SuccessRate = null, AvgResponseMs = null },
    ];

    private IRenderedComponent<BotMatrixTable> RenderMatrix() =>
        Render<BotMatrixTable>(p => p.Add(c => c.Rows, Rows).Add(c => c.LinkFor, id => $"/leads?component=bots&bot_id={id}"));

    [Fact]
    public void Matrix_OneRowPerBot()
    {
        var cut = RenderMatrix();

        Assert.Equal(4, cut.FindAll("[data-testid='bot-matrix'] tbody tr").Count);
    }

    [Theory]
    [InlineData("jorge-seller", "tone-good")]
    [InlineData("jorge-buyer", "tone-warn")]
    [InlineData("intent-decoder", "tone-bad")]
    [InlineData("lead-bot", "tone-none")]
    public void SuccessCell_ColouredBySuccessStatus(string botId, string tone)
    {
        var cut = RenderMatrix();

        Assert.Contains(tone, cut.Find($"[data-testid='bot-success-{botId}']").ClassList);
    }

    [Theory]
    [InlineData("jorge-seller", "tone-good", "On target", BotStatus.OnTarget)]
    [InlineData("jorge-buyer", "tone-warn", "p95 over target · Success at risk", BotStatus.BelowTarget)]
    [InlineData("intent-decoder", "tone-bad", "Success below target · p95 over target", BotStatus.BelowTarget)]
    [InlineData("lead-bot", "tone-none", "No data", BotStatus.NoData)]
    public void Chip_NamesEveryMissedTarget_ColouredByTheWorstCell(string botId, string tone, string label, string status)
    {
        var cut = RenderMatrix();

        var chip = cut.Find($"[data-testid='bot-status-{botId}']");
        Assert.Contains(tone, chip.ClassList);
        Assert.Equal(label, chip.TextContent.Trim());
        Assert.Equal(status, chip.GetAttribute("data-status"));
    }

    [Fact]
    public void Chip_SuccessOnTargetButP95Over_SaysP95NotOnTarget()
    {
        // The bot the alert list calls slow must not read "On target" in the matrix.
        var slow = BotMatrixSamples.Bot("lead-bot", BotStatus.OnTarget, p95: 130, target: 100);
        var cut = Render<BotMatrixTable>(p => p.Add(c => c.Rows, [slow]).Add(c => c.LinkFor, id => "/leads"));

        var chip = cut.Find("[data-testid='bot-status-lead-bot']");
        Assert.Equal("p95 over target", chip.TextContent.Trim());
        Assert.Contains("tone-warn", chip.ClassList);
        Assert.Contains(PerformanceAlerts.For(slow), a => a.Kind == PerformanceAlert.LatencyOverTarget);
    }

    [Theory]
    [InlineData("jorge-seller", "tone-good")]   // 40 ms of 50
    [InlineData("jorge-buyer", "tone-warn")]    // 90 ms of 75
    [InlineData("intent-decoder", "tone-bad")]  // 60 ms of 25: over twice the target
    public void P95Cell_ColouredAgainstOwnTarget(string botId, string tone)
    {
        var cut = RenderMatrix();

        Assert.Contains(tone, cut.Find($"[data-testid='bot-p95-{botId}']").ClassList);
    }

    [Fact]
    public void SuccessCell_ShowsWilsonInterval()
    {
        var cut = RenderMatrix();

        Assert.Equal("95.0 % (93.5–96.2)", cut.Find("[data-testid='bot-success-jorge-seller']").TextContent.Trim());
        Assert.Equal("–", cut.Find("[data-testid='bot-success-lead-bot']").TextContent.Trim());
    }

    [Fact]
    public void Rows_AreMarkedToFollowTheirLink()
    {
        var cut = RenderMatrix();

        // js/rowLinks.js turns a click on such a row into a click on its first link (the browser tests click a number cell).
        Assert.NotNull(cut.Find(".bot-matrix[data-row-links] tbody tr a[href]"));
    }

    [Fact]
    public void BotName_IsALinkToTheDrillDown()
    {
        var cut = RenderMatrix();

        Assert.Equal("/leads?component=bots&bot_id=lead-bot", cut.Find("[data-testid='bot-row-lead-bot'] a").GetAttribute("href"));
    }
}
