using Bunit;
using JorgeBi.Core.Bots;
using JorgeBi.Web.Components.Pages.Bots;

namespace JorgeBi.Tests.Web.Bots;

public sealed class BotAlertsTests : MudTestContext
{
    [Fact]
    public void NoAlerts_SaysEveryBotMeetsItsTargets()
    {
        var cut = Render<BotAlerts>(p => p.Add(c => c.Alerts, []));

        Assert.NotNull(cut.Find("[data-testid='bot-alerts-empty']"));
    }

    [Fact]
    public void Alerts_CriticalFirst()
    {
        PerformanceAlert[] alerts =
        [
            new("jorge-buyer", PerformanceAlert.SuccessAtRisk, PerformanceAlert.Warning, "buyer may be below", 0.93, 0.94),
            new("intent-decoder", PerformanceAlert.LatencyOverTarget, PerformanceAlert.Critical, "decoder slow", 60, 25),
        ];

        var cut = Render<BotAlerts>(p => p.Add(c => c.Alerts, alerts));

        var items = cut.FindAll("[data-testid='bot-alerts'] li");
        Assert.Equal(2, items.Count);
        Assert.Contains("decoder slow", items[0].TextContent);
        Assert.Contains("tone-bad", items[0].ClassList);
    }
}
