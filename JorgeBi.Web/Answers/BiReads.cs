using JorgeBi.Core.Bots;
using JorgeBi.Core.Company;
using JorgeBi.Core.Executive;
using JorgeBi.Core.Kpis;
using JorgeBi.Core.Revenue;

namespace JorgeBi.Web.Answers;

/// <summary>A cached BI read: the name of its cache entries, the options that key them, and how it computes a scope's answer.</summary>
public sealed record BiRead<T>(string Endpoint, string Parameters, Func<BiScope, CancellationToken, Task<T>> Compute);

/// <summary>
/// The reads the API serves from the cache and warm-cache precomputes, defined once so both
/// fill and find the very same entries. For location_id=all each combines the caller's locations.
/// </summary>
public sealed class BiReads(ExecutiveKpiService kpis, CompanyKpiService company, BotPerformanceService bots, RevenueIntelligenceService revenue)
{
    /// <summary>
    /// The last five minutes slide with the clock, so a cached real-time snapshot lives a few
    /// seconds even when no event lands; a landing event drops it at once, like every BI answer.
    /// </summary>
    public static readonly TimeSpan LiveExpiration = TimeSpan.FromSeconds(5);

    public BiRead<ExecutiveKpis> DashboardKpis(bool comparisons, bool trends) =>
        new("dashboard-kpis", $"comparisons={comparisons}&trends={trends}", async (scope, ct) =>
        {
            var result = scope.Company is { } members
                ? await company.GetAsync(members, trends, ct)
                : await kpis.GetAsync(scope.Location, scope.Period, trends, ct);
            return comparisons ? result : result with { Comparisons = new Dictionary<string, double?>() };
        });

    public BiRead<BotPerformance> BotPerformance(bool alerts) =>
        new("bot-performance", $"alerts={alerts}", (scope, ct) => scope.Company is { } members
            ? bots.ForLocationsAsync(members, alerts, ct)
            : bots.ForPeriodAsync(scope.Location, scope.Period, alerts, ct));

    public BiRead<RevenueIntelligence> RevenueIntelligence(RevenueRequest request) =>
        new("revenue-intelligence", $"forecast={request.IncludeForecast}&days={request.ForecastDays}&group={request.GroupBy}", (scope, ct) =>
            scope.Company is { } members
                ? CompanyRevenue.ForPeriodAsync(revenue, scope.LocationId, scope.Period, members, request, ct)
                : revenue.ForPeriodAsync(scope.Location, scope.Period, request, ct));
}
