using JorgeBi.Core.Kpis;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace JorgeBi.Web.Components.Kpis;

/// <summary>
/// A KPI card. Every number is formatted by <see cref="Shared.Formats"/>; the change is coloured
/// by whether it is good news (<see cref="HigherIsBetter"/>), not by its sign, because a
/// falling response time is an improvement.
/// </summary>
public sealed partial class KpiCard : ComponentBase
{
    /// <summary>The <see cref="Kpi"/> name: picks the format and the test ids (kpi-&lt;name&gt;).</summary>
    [Parameter, EditorRequired] public string Name { get; set; } = "";

    [Parameter, EditorRequired] public string Label { get; set; } = "";

    [Parameter] public double? Value { get; set; }

    [Parameter] public double? Previous { get; set; }

    /// <summary>Percent change from the previous period (12.5 = +12.5 %), as the API's comparisons give it.</summary>
    [Parameter] public double? ChangePercent { get; set; }

    /// <summary>One of <see cref="Core.Kpis.TargetStatus"/>, or null for a KPI without a target.</summary>
    [Parameter] public string? TargetStatus { get; set; }

    /// <summary>The target in words, e.g. "Target > 4.0 %".</summary>
    [Parameter] public string? TargetLabel { get; set; }

    [Parameter] public IReadOnlyList<double?>? Sparkline { get; set; }

    [Parameter, EditorRequired] public string Href { get; set; } = "";

    [Parameter] public bool HigherIsBetter { get; set; } = true;

    /// <summary>Extra content under the numbers, e.g. a progress bar.</summary>
    [Parameter] public RenderFragment? ChildContent { get; set; }

    private string Status => TargetStatus ?? "none";

    private string CssClass => $"kpi-card kpi-card--{Status.Replace('_', '-')}";

    /// <summary>"up", "down" or "flat" (also when there is nothing to compare with).</summary>
    private string Direction => ChangePercent switch
    {
        > 0 => "up",
        < 0 => "down",
        _ => "flat",
    };

    private bool IsGood => Direction == "up" == HigherIsBetter;

    private string ChangeClass => Direction == "flat"
        ? "kpi-change kpi-change--neutral"
        : $"kpi-change kpi-change--{(IsGood ? "good" : "bad")}";

    private string? ArrowIcon => Direction switch
    {
        "up" => Icons.Material.Filled.ArrowUpward,
        "down" => Icons.Material.Filled.ArrowDownward,
        _ => null,
    };

    private string DirectionText => Direction switch
    {
        "up" => "Up ",
        "down" => "Down ",
        _ => "",
    };

    private string StatusText => TargetStatus switch
    {
        Core.Kpis.TargetStatus.OnTrack => "On track",
        Core.Kpis.TargetStatus.AtRisk => "At risk",
        Core.Kpis.TargetStatus.OffTrack => "Off track",
        _ => "No data",
    };
}
