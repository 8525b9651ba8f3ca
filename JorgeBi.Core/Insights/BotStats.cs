namespace JorgeBi.Core.Insights;

/// <summary>
/// One bot's traffic over a period against its own targets (the bot table).
/// <paramref name="OverTarget"/> counts interactions that took at least <paramref name="ResponseTargetMs"/>.
/// </summary>
public sealed record BotStats(
    string BotId, long Interactions, long Successes, double SuccessTarget, int ResponseTargetMs, double? P95Ms, long OverTarget);

/// <summary>Leads of one source created in a cohort period, and how many of them have closed a deal.</summary>
public sealed record SourceConversion(string Source, long Leads, long Converted);
