using Bunit;
using JorgeBi.Core.Insights;
using JorgeBi.Web.Components.Pages.Insights;

namespace JorgeBi.Tests.Web.Insights;

public sealed class InsightsComponentTests : MudTestContext
{
    private static readonly Insight BotBelow = new(
        InsightTypes.BotBelowTarget, 0.97, "Buyer Bot is below its success target",
        "Buyer Bot succeeded in 88.0 % of 2,000 interactions (95 % CI 86.5 % to 89.4 %), below the 94 % target.",
        "Review the Buyer Bot's recent failed conversations.", 0.8, "jorge-buyer",
        new Dictionary<string, double>
        {
            ["interactions"] = 2000, ["successes"] = 1760, ["success_rate"] = 0.88,
            ["ci_low"] = 0.865, ["ci_high"] = 0.894, ["target"] = 0.94,
        });

    [Fact]
    public void InsightCard_ShowsTextActionConfidenceAndEveryEvidenceNumber()
    {
        var cut = Render<InsightCard>(p => p.Add(c => c.Insight, BotBelow).Add(c => c.Index, 2));

        var card = cut.Find("[data-testid='insight-2']");
        Assert.Equal(BotBelow.Title, card.QuerySelector("[data-testid='insight-title']")!.TextContent.Trim());
        Assert.Contains("Review the Buyer Bot", card.QuerySelector("[data-testid='insight-action']")!.TextContent);
        Assert.Equal("97.0 % confidence", card.QuerySelector("[data-testid='insight-confidence']")!.TextContent.Trim());
        string Evidence(string name) => card.QuerySelector($"[data-testid='evidence-{name}']")!.TextContent.Trim();
        Assert.Equal(6, card.QuerySelectorAll("[data-testid='insight-evidence'] tbody tr").Length);
        Assert.Equal("2,000", Evidence("interactions"));
        Assert.Equal("88.0 %", Evidence("success_rate"));
        Assert.Equal("86.5 %", Evidence("ci_low"));
        Assert.Equal("94.0 %", Evidence("target"));
    }

    [Theory]
    [InlineData("monthly_target", 50000, "$50,000")]
    [InlineData("weighted_pipeline_commission", 12345.6, "$12,346")]
    [InlineData("p95_ms", 31.5, "31.5 ms")]
    [InlineData("over_target_share", 0.125, "12.5 %")]
    [InlineData("elapsed_fraction", 0.5, "50.0 %")]
    [InlineData("p_value", 0.00001, "< 0.0001")]
    [InlineData("z", 3.456, "3.46")]
    [InlineData("source_leads", 1234, "1,234")]
    public void Evidence_FormatFollowsTheName(string name, double value, string shown) =>
        Assert.Equal(shown, InsightEvidence.Format(name, value));

    [Fact]
    public void AnomalyTable_ShowsEachFindingInItsMetricsFormat()
    {
        AnomalyFinding[] findings =
        [
            new(new DateOnly(2026, 6, 14), "total_leads", 30, 5, 4.8, 5.2, "above", "high", "New leads ..."),
            new(new DateOnly(2026, 6, 15), "bot_success_rate", 0.8, 0.95, 0.93, 0.97, "below", "medium", "Bot success ..."),
        ];

        var cut = Render<AnomalyTable>(p => p.Add(c => c.Findings, findings));

        var rows = cut.FindAll("[data-testid='anomaly-table'] tbody tr");
        Assert.Equal(2, rows.Count);
        Assert.Contains("New leads", rows[0].TextContent);
        Assert.Equal("30", cut.FindAll("[data-testid='anomaly-value']")[0].TextContent.Trim());
        Assert.Equal("80.0 %", cut.FindAll("[data-testid='anomaly-value']")[1].TextContent.Trim());
    }
}
