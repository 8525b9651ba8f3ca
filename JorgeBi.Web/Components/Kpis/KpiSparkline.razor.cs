using System.Text.Json.Nodes;
using JorgeBi.Web.Components.Charts;
using JorgeBi.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace JorgeBi.Web.Components.Kpis;

/// <summary>
/// A tiny ApexCharts line in sparkline mode (no axes, grid or tooltip). It goes through the
/// shared apexChart.js module, adding chart.sparkline to the serialised options because the
/// typed option records do not carry it; the card shows the numbers, so this is decoration
/// and hidden from screen readers (and from keyboard focus).
/// </summary>
public sealed partial class KpiSparkline : ComponentBase, IAsyncDisposable
{
    private ElementReference _host;
    private IJSObjectReference? _module;
    private IJSObjectReference? _chart;
    private string? _renderedJson;
    private bool _disposed;

    [Inject] private IJSRuntime JS { get; set; } = default!;

    [CascadingParameter] private ThemeState? Theme { get; set; }

    [Parameter, EditorRequired] public IReadOnlyList<double?> Points { get; set; } = [];

    [Parameter] public string Name { get; set; } = "";

    /// <summary>The options sent to ApexCharts: a 36 px line with sparkline mode on.</summary>
    public string OptionsJson()
    {
        var options = new ApexChartOptions
        {
            Chart = new ApexChartSettings { Type = ApexChartType.Line, Height = "36", Animations = new ApexAnimations(false) },
            Series = [new ApexSeries(Name, [.. Points.Select(ApexPoint.Value)])],
            Stroke = new ApexStroke { Curve = ApexCurve.Straight, Width = [2] },
            Colors = [Theme?.Palette.Primary.ToString() ?? "#1E4E79"],
            Tooltip = new ApexTooltip { Enabled = false },
        };
        var json = JsonNode.Parse(options.ToJson())!.AsObject();
        json["chart"]!["sparkline"] = new JsonObject { ["enabled"] = true };
        // ApexCharts 7 makes charts keyboard-focusable; inside the card's link that would be a
        // focus stop in a link (and in an aria-hidden element), so the sparkline opts out.
        json["chart"]!["accessibility"] = new JsonObject { ["enabled"] = false, ["keyboard"] = new JsonObject { ["enabled"] = false } };
        return json.ToJsonString();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        var json = OptionsJson();
        if (firstRender)
        {
            _module = await JS.InvokeAsync<IJSObjectReference>("import", ApexChart.ModulePath);
            _renderedJson = json;
            _chart = await _module.InvokeAsync<IJSObjectReference>("create", _host, json, null);
            if (_disposed) await DestroyAsync();
            return;
        }

        if (_module is null || _chart is null || json == _renderedJson) return;
        _renderedJson = json;
        await _module.InvokeVoidAsync("update", _chart, json);
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        await DestroyAsync();
    }

    private async Task DestroyAsync()
    {
        try
        {
            if (_chart is not null)
            {
                await _module!.InvokeVoidAsync("destroy", _chart);
                await _chart.DisposeAsync();
            }

            if (_module is not null) await _module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone; the browser dropped the chart with the page.
        }
        finally
        {
            _chart = null;
            _module = null;
        }
    }
}
