using Bunit;
using JorgeBi.Core.Kpis;
using JorgeBi.Web.Components.Kpis;

namespace JorgeBi.Tests.Web.Executive;

public sealed class KpiCardTests : MudTestContext
{
    [Theory]
    [InlineData(Kpi.TotalLeads, 1234d, "1,234")]
    [InlineData(Kpi.ConversionRate, 0.045, "4.5 %")]
    [InlineData(Kpi.BotSuccessRate, 0.9512, "95.1 %")]
    [InlineData(Kpi.JorgeCommission, 44280d, "$44,280")]
    [InlineData(Kpi.MlResponseTimeMs, 23.44, "23.4 ms")]
    [InlineData(Kpi.CommissionTargetProgress, 0.36, "36.0 %")]
    [InlineData(Kpi.P95ResponseTimeMs, null, "–")]
    public void Value_IsFormattedForItsKind(string name, double? value, string expected)
    {
        var cut = Card(name, value: value);

        Assert.Equal(expected, cut.Find($"[data-testid='kpi-{name}']").TextContent.Trim());
    }

    [Fact]
    public void Previous_IsShownInTheSameFormat()
    {
        var cut = Card(Kpi.JorgeCommission, value: 30_000, previous: 24_000);

        Assert.Equal("prev $24,000", cut.Find("[data-testid='previous-jorge_commission']").TextContent.Trim());
    }

    [Theory]
    [InlineData(25.0, true, "up", "kpi-change--good")]
    [InlineData(-10.0, true, "down", "kpi-change--bad")]
    [InlineData(12.5, false, "up", "kpi-change--bad")]
    [InlineData(-12.5, false, "down", "kpi-change--good")]
    public void Change_ArrowFollowsTheSign_ColourFollowsWhetherItIsGood(double change, bool higherIsBetter, string direction, string colour)
    {
        var cut = Card(Kpi.TotalLeads, value: 10, change: change, higherIsBetter: higherIsBetter);

        var span = cut.Find("[data-testid='change-total_leads']");
        Assert.Equal(direction, span.GetAttribute("data-direction"));
        Assert.Contains(colour, span.ClassList);
        Assert.Single(span.QuerySelectorAll("svg"));
        Assert.Contains(change > 0 ? "+" : "-", span.TextContent);
    }

    [Fact]
    public void Change_NothingToCompare_IsFlatAndNeutralWithoutArrow()
    {
        var cut = Card(Kpi.TotalLeads, value: 10, previous: 0, change: null);

        var span = cut.Find("[data-testid='change-total_leads']");
        Assert.Equal("flat", span.GetAttribute("data-direction"));
        Assert.Contains("kpi-change--neutral", span.ClassList);
        Assert.Empty(span.QuerySelectorAll("svg"));
        Assert.Contains("–", span.TextContent);
    }

    [Fact]
    public void NoPreviousPeriod_LeavesTheComparisonOut()
    {
        var cut = Card(Kpi.CommissionTargetProgress, value: 0.5);

        Assert.Empty(cut.FindAll("[data-testid='change-commission_target_progress']"));
        Assert.Empty(cut.FindAll("[data-testid='previous-commission_target_progress']"));
    }

    [Theory]
    [InlineData(TargetStatus.OnTrack, "kpi-card--on-track", "On track")]
    [InlineData(TargetStatus.AtRisk, "kpi-card--at-risk", "At risk")]
    [InlineData(TargetStatus.OffTrack, "kpi-card--off-track", "Off track")]
    [InlineData(TargetStatus.NoData, "kpi-card--no-data", "No data")]
    public void TargetStatus_SetsTheColourClassAndSaysItInWords(string status, string cssClass, string words)
    {
        var cut = Card(Kpi.ConversionRate, value: 0.05, status: status);

        var card = cut.Find("[data-testid='card-conversion_rate']");
        Assert.Contains(cssClass, card.ClassList);
        Assert.Equal(words, cut.Find("[data-testid='status-conversion_rate']").TextContent.Trim());
    }

    [Fact]
    public void NoTarget_HasNoStatusChip()
    {
        var cut = Card(Kpi.TotalLeads, value: 10);

        Assert.Contains("kpi-card--none", cut.Find("[data-testid='card-total_leads']").ClassList);
        Assert.Empty(cut.FindAll("[data-testid='status-total_leads']"));
    }

    [Fact]
    public void Card_IsALinkToItsDrillDown()
    {
        var cut = Card(Kpi.TotalLeads, value: 10, href: "/leads?timeframe=7d&component=leads&metric=total_leads");

        var link = cut.Find("a[data-testid='card-total_leads']");
        Assert.Equal("/leads?timeframe=7d&component=leads&metric=total_leads", link.GetAttribute("href"));
        Assert.NotNull(link.QuerySelector("[data-testid='kpi-total_leads']"));
    }

    [Fact]
    public void Sparkline_WithPoints_IsAnInlineSvgPathOfTheSeries()
    {
        var cut = Card(Kpi.TotalLeads, value: 10, sparkline: [1, 3, null, 2]);

        var svg = cut.Find("svg[data-testid='sparkline-total_leads']");
        Assert.Equal("0 0 100 36", svg.GetAttribute("viewBox"));
        Assert.Equal("none", svg.GetAttribute("preserveAspectRatio"));
        Assert.Equal(SparklineGeometry.Path([1, 3, null, 2]), svg.QuerySelector("path")!.GetAttribute("d"));
    }

    [Fact]
    public void Sparkline_IsHiddenFromScreenReadersAndKeyboard_AndNeedsNoScript()
    {
        var cut = Card(Kpi.TotalLeads, value: 10, sparkline: [1, 3, 2]);

        var svg = cut.Find("[data-testid='sparkline-total_leads']");
        Assert.Equal("true", svg.GetAttribute("aria-hidden"));
        Assert.Equal("false", svg.GetAttribute("focusable"));
        Assert.Null(svg.GetAttribute("tabindex"));
        Assert.Empty(JSInterop.Invocations);
    }

    [Fact]
    public void Sparkline_NewPoints_RedrawThePath()
    {
        var cut = Card(Kpi.TotalLeads, value: 10, sparkline: [1, 3, 2]);

        cut.Render(p => p.Add(c => c.Sparkline, [2, 2, 5, 1]));

        Assert.Equal(SparklineGeometry.Path([2, 2, 5, 1]), cut.Find("[data-testid='sparkline-total_leads'] path").GetAttribute("d"));
    }

    [Fact]
    public void Sparkline_WithoutValues_IsAnEmptyBox()
    {
        var cut = Card(Kpi.TotalLeads, value: null, sparkline: [null, null]);

        Assert.Empty(cut.Find("[data-testid='sparkline-total_leads']").QuerySelectorAll("path"));
    }

    [Fact]
    public void Sparkline_WithoutPoints_IsLeftOut()
    {
        var cut = Card(Kpi.PipelineValue, value: 10);

        Assert.Empty(cut.FindAll("[data-testid^='sparkline-']"));
    }

    private IRenderedComponent<KpiCard> Card(
        string name, double? value = null, double? previous = null, double? change = null, string? status = null,
        bool higherIsBetter = true, string href = "/leads", IReadOnlyList<double?>? sparkline = null) =>
        Render<KpiCard>(p => p
            .Add(c => c.Name, name)
            .Add(c => c.Label, "Label")
            .Add(c => c.Value, value)
            .Add(c => c.Previous, previous)
            .Add(c => c.ChangePercent, change)
            .Add(c => c.TargetStatus, status)
            .Add(c => c.HigherIsBetter, higherIsBetter)
            .Add(c => c.Href, href)
            .Add(c => c.Sparkline, sparkline));
}
