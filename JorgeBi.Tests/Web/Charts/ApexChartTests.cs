using System.Text.Json;
using Bunit;
using JorgeBi.Web.Components.Charts;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace JorgeBi.Tests.Web.Charts;

public sealed class ApexChartTests : MudTestContext
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly BunitJSInterop _module;

    public ApexChartTests()
    {
        _module = JSInterop.SetupModule(ApexChart.ModulePath);
        _module.Mode = JSRuntimeMode.Strict;
        _module.SetupModule("create", _ => true);
        _module.SetupVoid("update", _ => true).SetVoidResult();
        _module.SetupVoid("destroy", _ => true).SetVoidResult();
    }

    [Fact]
    public void Render_WithoutTestId_HostDivHasDefaultTestId()
    {
        var cut = Render<ApexChart>(p => p.Add(c => c.Options, Revenue(10)));

        Assert.NotNull(cut.Find("div[data-testid='chart']"));
    }

    [Fact]
    public void Render_WithTestIdAndAttributes_HostDivCarriesBoth()
    {
        var cut = Render<ApexChart>(p => p
            .Add(c => c.Options, Revenue(10))
            .Add(c => c.TestId, "revenue-chart")
            .AddUnmatched("aria-label", "Revenue per day"));

        var host = cut.Find("div[data-testid='revenue-chart']");
        Assert.Equal("Revenue per day", host.GetAttribute("aria-label"));
    }

    [Fact]
    public void FirstRender_CreatesChartWithSerialisedOptions()
    {
        Render<ApexChart>(p => p
            .Add(c => c.Options, Revenue(10))
            .Add(c => c.Height, "240"));

        var create = _module.VerifyInvoke("create");
        Assert.IsType<ElementReference>(create.Arguments[0]);
        Assert.IsType<DotNetObjectReference<ApexChart>>(create.Arguments[2]);

        using var json = JsonDocument.Parse(Assert.IsType<string>(create.Arguments[1]));
        var root = json.RootElement;
        var chart = root.GetProperty("chart");
        Assert.Equal("line", chart.GetProperty("type").GetString());
        Assert.Equal("240", chart.GetProperty("height").GetString());
        Assert.Equal("transparent", chart.GetProperty("background").GetString());
        Assert.Equal("datetime", root.GetProperty("xaxis").GetProperty("type").GetString());
        Assert.Equal("currency", root.GetProperty("yaxis").GetProperty("labels").GetProperty("formatter").GetString());
        Assert.False(root.GetProperty("dataLabels").GetProperty("enabled").GetBoolean());
        Assert.Equal("light", root.GetProperty("theme").GetProperty("mode").GetString());
        Assert.Equal("Revenue", root.GetProperty("series")[0].GetProperty("name").GetString());
        _module.VerifyNotInvoke("update");
    }

    [Fact]
    public void Rerender_WithChangedOptions_UpdatesChartOnce()
    {
        var cut = Render<ApexChart>(p => p.Add(c => c.Options, Revenue(10)));

        cut.Render(p => p.Add(c => c.Options, Revenue(12)));

        var update = _module.VerifyInvoke("update");
        Assert.Contains("12", Assert.IsType<string>(update.Arguments[1]));
    }

    [Fact]
    public void Rerender_WithEqualOptions_DoesNotUpdateChart()
    {
        var cut = Render<ApexChart>(p => p.Add(c => c.Options, Revenue(10)));

        cut.Render(p => p.Add(c => c.Options, Revenue(10)));

        _module.VerifyNotInvoke("update");
    }

    [Fact]
    public void Rerender_SwitchedToDark_UpdatesThemeAndTooltip()
    {
        var cut = Render<ApexChart>(p => p.Add(c => c.Options, Revenue(10)));

        cut.Render(p => p.Add(c => c.Dark, true));

        var update = _module.VerifyInvoke("update");
        using var json = JsonDocument.Parse(Assert.IsType<string>(update.Arguments[1]));
        Assert.Equal("dark", json.RootElement.GetProperty("theme").GetProperty("mode").GetString());
        Assert.Equal("dark", json.RootElement.GetProperty("tooltip").GetProperty("theme").GetString());
    }

    [Fact]
    public async Task Dispose_AfterCreate_DestroysChart()
    {
        Render<ApexChart>(p => p.Add(c => c.Options, Revenue(10)));

        await DisposeComponentsAsync();

        _module.VerifyInvoke("destroy");
    }

    [Fact]
    public async Task Dispose_WhileTheCircuitCancelsItsCalls_CompletesWithoutError()
    {
        _module.SetupVoid("destroy", _ => true).SetException(new TaskCanceledException());
        var cut = Render<ApexChart>(p => p.Add(c => c.Options, Revenue(10)));

        await cut.InvokeAsync(async () => await cut.Instance.DisposeAsync());

        _module.VerifyInvoke("destroy");
    }

    [Fact]
    public async Task DataPointSelectedFromJs_RaisesOnDataPointSelected()
    {
        ChartPointSelection? selected = null;
        var cut = Render<ApexChart>(p => p
            .Add(c => c.Options, Revenue(10))
            .Add(c => c.OnDataPointSelected, s => selected = s));
        var callback = Assert.IsType<DotNetObjectReference<ApexChart>>(_module.VerifyInvoke("create").Arguments[2]);

        await cut.InvokeAsync(() => callback.Value.NotifyDataPointSelected(0, 2, "1735776000000"));

        Assert.Equal(new ChartPointSelection(0, 2, "1735776000000"), selected);
    }

    private static ApexChartOptions Revenue(double lastValue) =>
        ChartOptionsFactory.Line(
            [new ApexSeries("Revenue", [ApexPoint.At(Start, 8), ApexPoint.At(Start.AddDays(1), lastValue)])],
            ApexFormatter.Currency);
}
