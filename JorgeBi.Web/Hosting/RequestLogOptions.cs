namespace JorgeBi.Web.Hosting;

/// <summary>When a request is worth a log line at Information (section "RequestLogging").</summary>
public sealed class RequestLogOptions
{
    public const string Section = "RequestLogging";

    /// <summary>Requests slower than this are logged at Information even when they succeed.</summary>
    public TimeSpan SlowThreshold { get; set; } = TimeSpan.FromMilliseconds(500);
}
