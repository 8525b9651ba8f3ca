using System.Globalization;
using JorgeBi.Core.Bots;

namespace JorgeBi.Web.Components.Pages.Bots;

/// <summary>Cell colours in order of severity, so the worst of several is their maximum.</summary>
public enum CellTone { None, Good, Warn, Bad }

/// <summary>
/// How the bot matrix colours a cell: each bot against its own targets, never against the
/// other bots. Success follows the Core status (so the colour and the chip always agree);
/// latency is amber over the target and red from twice it, where PerformanceAlerts turns critical.
/// </summary>
public static class BotCellTones
{
    public static CellTone Success(string status) => status switch
    {
        BotStatus.OnTarget => CellTone.Good,
        BotStatus.AtRisk => CellTone.Warn,
        BotStatus.BelowTarget => CellTone.Bad,
        _ => CellTone.None,
    };

    /// <summary>The colour of a bot's status chip: its worst cell among the targets it has.</summary>
    public static CellTone Status(BotMetrics m) => m.Status == BotStatus.NoData
        ? CellTone.None
        : (CellTone)Math.Max((int)Success(m.SuccessStatus), (int)(m.LatencyStatus == BotStatus.OverTarget ? P95(m.P95ResponseMs, m.ResponseTargetMs) : CellTone.Good));

    public static CellTone P95(double? p95Ms, int targetMs) => p95Ms switch
    {
        null => CellTone.None,
        var p when p <= targetMs => CellTone.Good,
        var p when p < 2 * targetMs => CellTone.Warn,
        _ => CellTone.Bad,
    };

    /// <summary>The mean is no target of its own; over the p95 target it is only a warning sign.</summary>
    public static CellTone Average(double? avgMs, int targetMs) => avgMs switch
    {
        null => CellTone.None,
        var a when a <= targetMs => CellTone.Good,
        _ => CellTone.Warn,
    };

    public static string CssClass(CellTone tone) => tone switch
    {
        CellTone.Good => "tone-good",
        CellTone.Warn => "tone-warn",
        CellTone.Bad => "tone-bad",
        _ => "tone-none",
    };

    /// <summary>"95.1 % (93.8–96.2)": the rate with its 95 % Wilson interval; "–" without traffic.</summary>
    public static string SuccessWithInterval(BotMetrics m) => SuccessRate(m) + Interval(m);

    public static string SuccessRate(BotMetrics m) => m.SuccessRate is { } rate ? Shared.Formats.Percent(rate) : "–";

    /// <summary>" (93.8–96.2)" apart from the rate, so a narrow table can put it on a second line.</summary>
    public static string Interval(BotMetrics m) => m.SuccessRate is null
        ? ""
        : string.Create(CultureInfo.InvariantCulture, $" ({m.SuccessCiLow * 100:0.0}–{m.SuccessCiHigh * 100:0.0})");
}
