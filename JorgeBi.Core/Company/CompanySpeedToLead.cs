using JorgeBi.Core.Kpis;

namespace JorgeBi.Core.Company;

/// <summary>
/// The exact median speed to lead of several locations together (DOMAIN.md: the median of
/// the merged distribution, never an average of medians). The merged whole-second
/// histograms say in which second the middle lead (or the middle two) lies and at which
/// place; only the leads of that second are then read, from each location, the few smallest.
/// </summary>
public static class CompanySpeedToLead
{
    public static async Task<double?> MedianAsync(ISpeedToLeadSource source, IReadOnlyList<LocationPeriod> members, CancellationToken ct = default)
    {
        var histograms = await Task.WhenAll(members.Select(m => source.ReadSecondsAsync(m.Location, m.Period, ct)));
        var merged = histograms.SelectMany(h => h)
            .GroupBy(c => c.Second)
            .Select(g => new SpeedSecondCount(g.Key, g.Sum(c => c.N)))
            .Where(c => c.N > 0)
            .OrderBy(c => c.Second)
            .ToList();
        var total = merged.Sum(c => c.N);
        if (total == 0) return null;

        // 1-based ranks of the middle values: one for an odd count, two for an even one.
        long[] ranks = total % 2 == 1 ? [(total + 1) / 2] : [total / 2, total / 2 + 1];
        var picks = ranks.Select(r => Locate(merged, r)).ToList();
        var values = new List<double>();
        foreach (var second in picks.GroupBy(p => p.Second))
        {
            var needed = (int)second.Max(p => p.Index) + 1;
            var smallest = await Task.WhenAll(members.Select(m => source.ReadSmallestAsync(m.Location, m.Period, second.Key, needed, ct)));
            var ordered = smallest.SelectMany(s => s).Order().ToList();
            values.AddRange(second.Select(p => ordered[(int)p.Index]));
        }
        return values.Average();
    }

    /// <summary>The second holding the value of <paramref name="rank"/> and its 0-based place among that second's values.</summary>
    private static (long Second, long Index) Locate(IReadOnlyList<SpeedSecondCount> ascending, long rank)
    {
        long before = 0;
        foreach (var c in ascending)
        {
            if (rank <= before + c.N) return (c.Second, rank - before - 1);
            before += c.N;
        }
        throw new ArgumentOutOfRangeException(nameof(rank), rank, "The rank exceeds the total count.");
    }
}
