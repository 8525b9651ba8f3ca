using JorgeBi.Core.Insights;

namespace JorgeBi.Core.Company;

/// <summary>
/// Insights are findings about one office (its bots, its sources, its month's pace), so the
/// company's list is the most relevant findings of all offices, each titled with its office.
/// </summary>
public static class CompanyInsights
{
    /// <param name="types">Insight types to keep (<see cref="InsightTypes"/>); null or empty keeps all.</param>
    public static async Task<IReadOnlyList<Insight>> ListAsync(InsightService insights, IReadOnlyList<LocationPeriod> members,
        IReadOnlyCollection<string>? types, double confidenceThreshold, int limit, CancellationToken ct = default)
    {
        var lists = await Task.WhenAll(members.Select(async m =>
            ((await insights.ListAsync(m.Location.LocationId, types, confidenceThreshold, limit, ct)) ?? [])
            .Select(i => i with { Title = $"{m.Location.Name}: {i.Title}" })));
        return lists.SelectMany(l => l).OrderByDescending(i => i.RelevanceScore).Take(limit).ToList();
    }
}
