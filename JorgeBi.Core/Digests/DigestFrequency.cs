namespace JorgeBi.Core.Digests;

/// <summary>How often a subscriber gets a digest: each day (the day before), or each week (the week before, Monday to Sunday).</summary>
public static class DigestFrequency
{
    public const string Daily = "daily";
    public const string Weekly = "weekly";

    public static readonly IReadOnlyList<string> All = [Daily, Weekly];
}
