namespace JorgeBi.Tests.Security;

/// <summary>What one caller gets from one request: a status, and for a redirect where it points.</summary>
public sealed record Outcome(int Status, string? RedirectTo = null)
{
    public override string ToString() => RedirectTo is null ? Status.ToString() : $"{Status}>{RedirectTo}";
}

/// <summary>One request (with the route pattern it exercises, null when no endpoint matches) and the outcome for each caller.</summary>
public sealed record AccessRow(string Request, string? Pattern, IReadOnlyList<Outcome> Outcomes)
{
    public string Method => Request.Split(' ')[0];
    public string Path => Request.Split(' ')[1];
}

/// <summary>
/// The whole access policy in one table: every page and every endpoint, for every kind of
/// caller. Cookie sessions open pages by role and never the API; API keys open the API by
/// scope and never a page. Change a row only together with README "Security model".
/// </summary>
public static partial class AccessMatrix
{
    /// <summary>The columns, in table order: no credentials, a cookie session per role, an API key per scope.</summary>
    public static readonly IReadOnlyList<string> Callers = ["anonymous", "viewer", "manager", "owner", "key bi:read", "key events:write", "key admin"];

    public const int SessionColumns = 3;

    private static readonly Outcome Ok = new(200);
    private static readonly Outcome Accepted = new(202);
    private static readonly Outcome Invalid = new(400);
    private static readonly Outcome NoKey = new(401);
    private static readonly Outcome NoScope = new(403);
    // Not a page (a download, a form post): the cookie scheme answers 401/403 instead of redirecting.
    private static readonly Outcome NoSession = new(401);
    private static readonly Outcome NotForRole = new(403);
    private static readonly Outcome Gone = new(404);
    private static readonly Outcome WrongMethod = new(405);
    private static readonly Outcome ToLogin = new(302, "/login");
    private static readonly Outcome ToForbidden = new(302, "/forbidden");

    public static readonly IReadOnlyList<AccessRow> Rows =
    [
        //                                                                               anonymous     viewer        manager       owner         bi:read       events:write  admin
        // Pages: cookie sessions by role; a key is no session.
        Row("GET /",                                 "/",                                ToLogin,      Ok,           Ok,           Ok,           ToLogin,      ToLogin,      ToLogin),
        Row("GET /revenue",                          "/revenue",                         ToLogin,      ToForbidden,  Ok,           Ok,           ToLogin,      ToLogin,      ToLogin),
        Row("GET /bots",                             "/bots",                            ToLogin,      ToForbidden,  Ok,           Ok,           ToLogin,      ToLogin,      ToLogin),
        Row("GET /live",                             "/live",                            ToLogin,      ToForbidden,  Ok,           Ok,           ToLogin,      ToLogin,      ToLogin),
        Row("GET /leads",                            "/leads",                           ToLogin,      ToForbidden,  Ok,           Ok,           ToLogin,      ToLogin,      ToLogin),
        Row("GET /leads/lead-8841",                  "/leads/{LeadId}",                  ToLogin,      ToForbidden,  Ok,           Ok,           ToLogin,      ToLogin,      ToLogin),
        Row("GET /insights",                         "/insights",                        ToLogin,      ToForbidden,  Ok,           Ok,           ToLogin,      ToLogin,      ToLogin),
        Row("GET /commissions",                      "/commissions",                     ToLogin,      ToForbidden,  ToForbidden,  Ok,           ToLogin,      ToLogin,      ToLogin),
        Row("GET /admin",                            "/admin",                           ToLogin,      ToForbidden,  ToForbidden,  Ok,           ToLogin,      ToLogin,      ToLogin),
        Row("GET /settings",                         "/settings",                        ToLogin,      ToForbidden,  ToForbidden,  Ok,           ToLogin,      ToLogin,      ToLogin),
        Row("GET /export/deals.csv",                 "/export/{report}.csv",             NoSession,    NotForRole,   Ok,           Ok,           NoSession,    NoSession,    NoSession),
        Row("GET /forbidden",                        "/forbidden",                       ToLogin,      Ok,           Ok,           Ok,           ToLogin,      ToLogin,      ToLogin),
        Row("GET /login",                            "/login",                           Ok,           Ok,           Ok,           Ok,           Ok,           Ok,           Ok),
        Row("GET /error",                            "/error",                           Ok,           Ok,           Ok,           Ok,           Ok,           Ok,           Ok),
        Row("GET /no-such-page",                     null,                               Gone,         Gone,         Gone,         Gone,         Gone,         Gone,         Gone),
        // Sign-in and sign-out: form posts, refused without the antiforgery token (sign-out needs a session first).
        Row("POST /account/login",                   "/account/login",                   Invalid,      Invalid,      Invalid,      Invalid,      Invalid,      Invalid,      Invalid),
        Row("POST /account/logout",                  "/account/logout",                  NoSession,    Invalid,      Invalid,      Invalid,      NoSession,    NoSession,    NoSession),
        // JSON API: keys by scope; a cookie is no key.
        Row("GET /api/bi/dashboard-kpis",            "/api/bi/dashboard-kpis",           NoKey,        NoKey,        NoKey,        NoKey,        Ok,           NoScope,      NoScope),
        Row("GET /api/bi/revenue-intelligence",      "/api/bi/revenue-intelligence",     NoKey,        NoKey,        NoKey,        NoKey,        Ok,           NoScope,      NoScope),
        Row("GET /api/bi/bot-performance",           "/api/bi/bot-performance",          NoKey,        NoKey,        NoKey,        NoKey,        Ok,           NoScope,      NoScope),
        Row("POST /api/bi/drill-down",               "/api/bi/drill-down",               NoKey,        NoKey,        NoKey,        NoKey,        Ok,           NoScope,      NoScope),
        Row("GET /api/bi/leads/lead-8841/timeline",  "/api/bi/leads/{leadId}/timeline",  NoKey,        NoKey,        NoKey,        NoKey,        Ok,           NoScope,      NoScope),
        Row("GET /api/bi/predictive-insights",       "/api/bi/predictive-insights",      NoKey,        NoKey,        NoKey,        NoKey,        Ok,           NoScope,      NoScope),
        Row("GET /api/bi/anomaly-detection",         "/api/bi/anomaly-detection",        NoKey,        NoKey,        NoKey,        NoKey,        Ok,           NoScope,      NoScope),
        Row("GET /api/bi/real-time-metrics",         "/api/bi/real-time-metrics",        NoKey,        NoKey,        NoKey,        NoKey,        Ok,           NoScope,      NoScope),
        Row("GET /api/bi/export/deals.csv",          "/api/bi/export/{report}.csv",      NoKey,        NoKey,        NoKey,        NoKey,        Ok,           NoScope,      NoScope),
        // The live hub: negotiation, then the connection itself (400 without a connection id once the key is accepted).
        Row("POST /hubs/metrics/negotiate",          "/hubs/metrics/negotiate",          NoKey,        NoKey,        NoKey,        NoKey,        Ok,           NoScope,      NoScope),
        Row("GET /hubs/metrics",                     "/hubs/metrics",                    NoKey,        NoKey,        NoKey,        NoKey,        Invalid,      NoScope,      NoScope),
        Row("GET /api/bi/cache-analytics",           "/api/bi/cache-analytics",          NoKey,        NoKey,        NoKey,        NoKey,        NoScope,      NoScope,      Ok),
        Row("POST /api/bi/trigger-aggregation",      "/api/bi/trigger-aggregation",      NoKey,        NoKey,        NoKey,        NoKey,        NoScope,      NoScope,      Ok),
        Row("POST /api/bi/warm-cache",               "/api/bi/warm-cache",               NoKey,        NoKey,        NoKey,        NoKey,        NoScope,      NoScope,      Ok),
        Row("GET /metrics",                          "/metrics",                         NoKey,        NoKey,        NoKey,        NoKey,        NoScope,      NoScope,      Ok),
        // Settings: admin keys, the API twin of the owner's settings page.
        Row("GET /api/settings/locations",           "/api/settings/locations",          NoKey,        NoKey,        NoKey,        NoKey,        NoScope,      NoScope,      Ok),
        Row("GET /api/settings/locations/default",   "/api/settings/locations/{locationId}", NoKey,    NoKey,        NoKey,        NoKey,        NoScope,      NoScope,      Ok),
        Row("PUT /api/settings/locations/default",   "/api/settings/locations/{locationId}", NoKey,    NoKey,        NoKey,        NoKey,        NoScope,      NoScope,      Ok),
        Row("GET /api/settings/bots",                "/api/settings/bots",               NoKey,        NoKey,        NoKey,        NoKey,        NoScope,      NoScope,      Ok),
        Row("PUT /api/settings/bots/jorge-seller",   "/api/settings/bots/{botId}",       NoKey,        NoKey,        NoKey,        NoKey,        NoScope,      NoScope,      Ok),
        Row("GET /api/settings/sources",             "/api/settings/sources",            NoKey,        NoKey,        NoKey,        NoKey,        NoScope,      NoScope,      Ok),
        Row("PUT /api/settings/sources/zillow",      "/api/settings/sources/{sourceId}", NoKey,        NoKey,        NoKey,        NoKey,        NoScope,      NoScope,      Ok),
        Row("POST /api/events",                      "/api/events",                      NoKey,        NoKey,        NoKey,        NoKey,        NoScope,      Accepted,     NoScope),
        Row("GET /api/events",                       null,                               WrongMethod,  WrongMethod,  WrongMethod,  WrongMethod,  WrongMethod,  WrongMethod,  WrongMethod),
        // Open to everyone by design: status words only, and the API's description.
        Row("GET /health/live",                      "/health/live",                     Ok,           Ok,           Ok,           Ok,           Ok,           Ok,           Ok),
        Row("GET /health/ready",                     "/health/ready",                    Ok,           Ok,           Ok,           Ok,           Ok,           Ok,           Ok),
        Row("GET /openapi/v1.json",                  "/openapi/{documentName}.json",     Ok,           Ok,           Ok,           Ok,           Ok,           Ok,           Ok),
    ];

    /// <summary>Bodies of the requests that need one: valid, so an allowed caller reaches the handler's success.</summary>
    public static readonly IReadOnlyDictionary<string, string> JsonBodies = new Dictionary<string, string>
    {
        ["POST /api/bi/drill-down"] = """{"component":"leads","from":"2026-10-01","to":"2026-11-30"}""",
        ["POST /api/bi/trigger-aggregation"] = """{"location_id":"default"}""",
        ["POST /api/bi/warm-cache"] = """{"location_id":"default","timeframes":["7d"]}""",
        ["PUT /api/settings/locations/default"] = """{"name":"Jorge Real Estate"}""",
        ["PUT /api/settings/bots/jorge-seller"] = """{"name":"Seller Bot"}""",
        ["PUT /api/settings/sources/zillow"] = """{"name":"Zillow"}""",
        ["POST /api/events"] = File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "examples", "events.json")),
        ["POST /hubs/metrics/negotiate"] = "",
    };

    /// <summary>Query strings some requests need beyond the path.</summary>
    public static readonly IReadOnlyDictionary<string, string> Queries = new Dictionary<string, string>
    {
        ["GET /export/deals.csv"] = "?from=2026-11-01&to=2026-11-30",
        ["GET /api/bi/export/deals.csv"] = "?from=2026-11-01&to=2026-11-30",
        ["POST /hubs/metrics/negotiate"] = "?negotiateVersion=1",
    };

    private static AccessRow Row(string request, string? pattern, params Outcome[] outcomes) =>
        outcomes.Length == Callers.Count ? new(request, pattern, outcomes) : throw new ArgumentException($"{request}: one outcome per caller.");
}
