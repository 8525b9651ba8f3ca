namespace JorgeBi.Web.Digests;

/// <summary>When and how digests go out (section "Alerts:Digest"); who gets them is on the settings page.</summary>
public sealed class DigestOptions
{
    public const string Section = "Alerts:Digest";

    /// <summary>Whether this instance sends digests at all (several may: a period goes out once).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Local time of day (each location's zone) the digest of the day, or on Mondays of the week, before goes out.</summary>
    public TimeOnly SendAt { get; set; } = new(7, 0);

    /// <summary>How often the sender looks for a due digest: the latest a digest goes out after SendAt.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The dashboard's address as subscribers reach it; the digest links to its executive page.</summary>
    public Uri DashboardUrl { get; set; } = new("http://127.0.0.1:5080");

    /// <summary>How many of the top insights a digest lists.</summary>
    public int Insights { get; set; } = 3;
}
