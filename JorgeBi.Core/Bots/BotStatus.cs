namespace JorgeBi.Core.Bots;

/// <summary>The status words of the bot matrix, as they appear in the API and on the page.</summary>
public static class BotStatus
{
    public const string OnTarget = "on_target";
    public const string AtRisk = "at_risk";
    public const string BelowTarget = "below_target";
    public const string NoData = "no_data";
    public const string OverTarget = "over_target";
}
