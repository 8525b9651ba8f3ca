namespace JorgeBi.Tests.Security;

/// <summary>
/// Who asks in a row of <see cref="AccessMatrix.LocationRows"/>: a manager's session or an API key,
/// each limited to one location; and a reading key limited to two, for all of its locations combined.
/// </summary>
public enum ScopedCaller { Manager, ReadKey, WriteKey, TwoLocationKey }

/// <summary>
/// A request naming a location ({location} in the path, query or body), asked by a caller that
/// may see one location only. Its own location answers <paramref name="Allowed"/>; any other,
/// existing or not, answers <paramref name="Refused"/>, the same way, and never with data.
/// </summary>
public sealed record LocationRow(string Request, ScopedCaller Caller, int Allowed, int Refused, string? Body = null)
{
    public string Method => Request.Split(' ')[0];
    public string Target => Request.Split(' ')[1];
    /// <summary>The row of <see cref="AccessMatrix.Rows"/> it refines: the same method and path.</summary>
    public string MatrixRequest => $"{Method} {Target.Split('?')[0].Replace("{location}", "default")}";
}

public static partial class AccessMatrix
{
    /// <summary>The location the scoped callers may see; every other is refused.</summary>
    public const string ScopedLocation = "north";

    /// <summary>Every page, endpoint and export that shows a location's data, for a caller limited to <see cref="ScopedLocation"/>.</summary>
    public static readonly IReadOnlyList<LocationRow> LocationRows =
    [
        // Pages: the address names the location; another answers 404 before anything renders.
        new("GET /?location_id={location}", ScopedCaller.Manager, 200, 404),
        new("GET /revenue?location_id={location}", ScopedCaller.Manager, 200, 404),
        new("GET /bots?location_id={location}", ScopedCaller.Manager, 200, 404),
        new("GET /live?location_id={location}", ScopedCaller.Manager, 200, 404),
        new("GET /leads?location_id={location}", ScopedCaller.Manager, 200, 404),
        new("GET /leads/lead-8841?location_id={location}", ScopedCaller.Manager, 200, 404),
        new("GET /insights?location_id={location}", ScopedCaller.Manager, 200, 404),
        new("GET /export/deals.csv?from=2026-11-01&to=2026-11-30&location_id={location}", ScopedCaller.Manager, 200, 404),
        // The JSON API and its export: 404 "Unknown location", as for a location that does not exist.
        new("GET /api/bi/dashboard-kpis?location_id={location}", ScopedCaller.ReadKey, 200, 404),
        new("GET /api/bi/revenue-intelligence?location_id={location}", ScopedCaller.ReadKey, 200, 404),
        new("GET /api/bi/bot-performance?location_id={location}", ScopedCaller.ReadKey, 200, 404),
        new("POST /api/bi/drill-down", ScopedCaller.ReadKey, 200, 404, """{"component":"leads","from":"2026-10-01","to":"2026-11-30","location_id":"{location}"}"""),
        new("GET /api/bi/leads/lead-8841/timeline?location_id={location}", ScopedCaller.ReadKey, 200, 404),
        new("GET /api/bi/predictive-insights?location_id={location}", ScopedCaller.ReadKey, 200, 404),
        new("GET /api/bi/anomaly-detection?location_id={location}", ScopedCaller.ReadKey, 200, 404),
        new("GET /api/bi/real-time-metrics?location_id={location}", ScopedCaller.ReadKey, 200, 404),
        new("GET /api/bi/export/deals.csv?from=2026-11-01&to=2026-11-30&location_id={location}", ScopedCaller.ReadKey, 200, 404),
        // Writing: a key writes events only for its locations (the body's events name it).
        new("POST /api/events", ScopedCaller.WriteKey, 202, 403, "events"),
    ];

    /// <summary>
    /// Rows of <see cref="Rows"/> a manager or a reading or writing key may open that name no
    /// location, each with the reason; every other such row must be in <see cref="LocationRows"/>.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> WithoutLocation = new Dictionary<string, string>
    {
        ["GET /forbidden"] = "a fixed message",
        ["GET /login"] = "the sign-in form",
        ["GET /error"] = "a fixed message",
        ["POST /account/login"] = "signs in",
        ["POST /account/logout"] = "signs out",
        ["POST /hubs/metrics/negotiate"] = "opens a connection; locations are joined by the hub method JoinLocation (LocationScopedHubTests)",
        ["GET /hubs/metrics"] = "the connection itself; see negotiate",
        ["GET /health/live"] = "status words only",
        ["GET /health/ready"] = "status words only",
        ["GET /openapi/v1.json"] = "the API's description",
    };
}
