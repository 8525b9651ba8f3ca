using JorgeBi.Core.Kpis;

namespace JorgeBi.Core.Company;

/// <summary>
/// The exact median speed to lead of several locations together (DOMAIN.md: the median of
/// the merged distribution, never an average of medians). The merged whole-second
/// histograms say in which second the middle lead (or the middle two) lies and at which
/// place; the merged millisecond histograms of that second say in which millisecond; only
/// the leads of that millisecond are then read, from each location, the few smallest. A
/// burst of leads answered within one second is so never read lead by lead.
/// </summary>
public static class CompanySpeedToLead
{
    public static async Task<double?> MedianAsync(ISpeedToLeadSource source, IReadOnlyList<LocationPeriod> members, CancellationToken ct = default)
    {
        var seconds = Merge(await Task.WhenAll(members.Select(m => source.ReadSecondsAsync(m.Location, m.Period, ct))),
            c => (c.Second, c.N));
        var total = seconds.Sum(c => c.N);
        if (total == 0) return null;

        // 1-based ranks of the middle values: one for an odd count, two for an even one.
        long[] ranks = total % 2 == 1 ? [(total + 1) / 2] : [total / 2, total / 2 + 1];
        var values = new List<double>();
        foreach (var inSecond in ranks.Select(r => Locate(seconds, r)).GroupBy(p => p.Key))
        {
            var second = inSecond.Key;
            var milliseconds = Merge(await Task.WhenAll(members.Select(m => source.ReadMillisecondsAsync(m.Location, m.Period, second, ct))),
                c => ((long)c.Millisecond, c.N));
            foreach (var inMillisecond in inSecond.Select(p => Locate(milliseconds, p.Index + 1)).GroupBy(p => (int)p.Key))
            {
                var needed = (int)inMillisecond.Max(p => p.Index) + 1;
                var smallest = await Task.WhenAll(members.Select(m =>
                    source.ReadSmallestAsync(m.Location, m.Period, second, inMillisecond.Key, needed, ct)));
                var ordered = smallest.SelectMany(s => s).Order().ToList();
                values.AddRange(inMillisecond.Select(p => ordered[(int)p.Index]));
            }
        }
        return values.Average();
    }

    /// <summary>The locations' counts per key summed, ascending by key, without empty keys.</summary>
    private static List<(long Key, long N)> Merge<T>(IEnumerable<IReadOnlyList<T>> histograms, Func<T, (long Key, long N)> cell) =>
        histograms.SelectMany(h => h).Select(cell)
            .GroupBy(c => c.Key)
            .Select(g => (g.Key, N: g.Sum(c => c.N)))
            .Where(c => c.N > 0)
            .OrderBy(c => c.Key)
            .ToList();

    /// <summary>The key holding the value of <paramref name="rank"/> and its 0-based place among that key's values.</summary>
    private static (long Key, long Index) Locate(IReadOnlyList<(long Key, long N)> ascending, long rank)
    {
        long before = 0;
        foreach (var (key, n) in ascending)
        {
            if (rank <= before + n) return (key, rank - before - 1);
            before += n;
        }
        throw new ArgumentOutOfRangeException(nameof(rank), rank, "The rank exceeds the total count.");
    }
}
