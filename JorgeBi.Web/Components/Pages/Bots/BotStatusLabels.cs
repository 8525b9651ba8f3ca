using JorgeBi.Core.Bots;

namespace JorgeBi.Web.Components.Pages.Bots;

/// <summary>The words of a status chip: which target is missed, not only that one is.</summary>
public static class BotStatusLabels
{
    public static string Of(string status, string successStatus, IReadOnlyList<string> missedTargets)
    {
        if (status == BotStatus.NoData) return "No data";
        var parts = missedTargets.Select(Missed).ToList();
        if (successStatus == BotStatus.AtRisk) parts.Add("Success at risk");
        if (parts.Count == 0) return status == BotStatus.BelowTarget ? "Below target" : "On target";
        return string.Join(" · ", parts);
    }

    private static string Missed(string target) => target switch
    {
        BotStatusRule.SuccessTarget => "Success below target",
        BotStatusRule.ResponseTarget => "p95 over target",
        _ => target,
    };
}
