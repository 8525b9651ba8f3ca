using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace JorgeBi.Web.Components.Charts;

/// <summary>
/// An ApexCharts chart. The chart is created after the first render, updated in place when the
/// serialised options change, and destroyed with the component.
/// </summary>
public sealed partial class ApexChart : ComponentBase, IAsyncDisposable
{
    internal const string ModulePath = "./js/apexChart.js";

    private ElementReference _host;
    private IJSObjectReference? _module;
    private IJSObjectReference? _chart;
    private DotNetObjectReference<ApexChart>? _selfReference;
    private string? _renderedJson;
    private bool _disposed;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Parameter, EditorRequired]
    public ApexChartOptions Options { get; set; } = default!;

    /// <summary>Overrides <c>chart.height</c>: pixels ("320") or a share of the parent ("100%").</summary>
    [Parameter]
    public string? Height { get; set; }

    /// <summary>Dark mode of the surrounding MudBlazor theme; colours come from <see cref="ApexChartOptions.Colors"/>.</summary>
    [Parameter]
    public bool Dark { get; set; }

    [Parameter]
    public string TestId { get; set; } = "chart";

    [Parameter]
    public EventCallback<ChartPointSelection> OnDataPointSelected { get; set; }

    /// <summary>Extra attributes for the host div, e.g. <c>aria-label</c>.</summary>
    [Parameter(CaptureUnmatchedValues = true)]
    public IReadOnlyDictionary<string, object>? AdditionalAttributes { get; set; }

    /// <summary>
    /// The chart's pixel height reserved before ApexCharts draws it, so the page does not shift
    /// down when the library arrives and renders (layout shift on slow devices).
    /// </summary>
    private string? ReservedHeightStyle =>
        int.TryParse(Height ?? Options.Chart?.Height, out var pixels) ? $"min-height: {pixels}px" : null;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            // The references are kept only once the chart exists: a page left while it is being
            // created disposes nothing half made, and the chart is destroyed here instead.
            _selfReference = DotNetObjectReference.Create(this);
            _renderedJson = EffectiveOptions().ToJson();
            var module = await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
            var chart = await module.InvokeAsync<IJSObjectReference>("create", _host, _renderedJson, _selfReference);
            (_module, _chart) = (module, chart);
            if (_disposed)
            {
                await DestroyAsync();
                return;
            }
        }

        // Also catches parameters that changed while create was still running.
        await UpdateIfChangedAsync();
    }

    [JSInvokable]
    public Task NotifyDataPointSelected(int seriesIndex, int dataPointIndex, string? category) =>
        OnDataPointSelected.InvokeAsync(new ChartPointSelection(seriesIndex, dataPointIndex, category));

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        await DestroyAsync();
    }

    private async Task UpdateIfChangedAsync()
    {
        if (_module is null || _chart is null)
        {
            return;
        }

        var json = EffectiveOptions().ToJson();
        if (json == _renderedJson)
        {
            return;
        }

        _renderedJson = json;
        await _module.InvokeVoidAsync("update", _chart, json);
    }

    private ApexChartOptions EffectiveOptions()
    {
        var chart = Options.Chart ?? new ApexChartSettings();
        return Options with
        {
            Chart = chart with
            {
                Height = Height ?? chart.Height,
                // The card behind the chart supplies the background; the page supplies the font.
                Background = chart.Background ?? "transparent",
                FontFamily = chart.FontFamily ?? "inherit",
            },
            Theme = new ApexTheme(Dark ? ApexThemeMode.Dark : ApexThemeMode.Light),
            Tooltip = (Options.Tooltip ?? new ApexTooltip()) with { Theme = Dark ? "dark" : "light" },
        };
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

            if (_module is not null)
            {
                await _module.DisposeAsync();
            }
        }
        catch (Exception e) when (e is JSDisconnectedException or TaskCanceledException)
        {
            // The circuit is gone (or going: its pending calls are cancelled) and the browser
            // has dropped the chart with the page.
        }
        finally
        {
            _chart = null;
            _module = null;
            _selfReference?.Dispose();
            _selfReference = null;
        }
    }
}
