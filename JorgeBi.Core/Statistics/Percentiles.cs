namespace JorgeBi.Core.Statistics;

/// <summary>
/// Nearest-rank percentiles and the median as DOMAIN.md defines them. Nearest rank (rather than
/// interpolation) is used so that p95 is always a value that actually occurred, and so that the
/// same number comes out of exact values and of 1 ms histogram buckets.
/// </summary>
public static class Percentiles
{
    // p * n is computed in floating point: 0.07 * 100 is 7.000000000000001, whose ceiling would
    // wrongly be rank 8. Products within this tolerance of an integer are treated as that integer.
    private const double RankTolerance = 1e-9;

    /// <summary>
    /// The value at rank ceil(p·n) of the sorted values (rank at least 1, so p = 0 gives the minimum).
    /// The input need not be sorted and is not modified. Null when there are no values.
    /// </summary>
    public static double? NearestRank(IReadOnlyList<double> sortedOrUnsorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sortedOrUnsorted);
        ValidateP(p);
        var n = sortedOrUnsorted.Count;
        if (n == 0)
        {
            return null;
        }

        var sorted = SortedCopy(sortedOrUnsorted);
        return sorted[Rank(p, n) - 1];
    }

    /// <summary>
    /// Nearest-rank percentile over a histogram of 1 ms buckets: the bucket value at rank
    /// ceil(p·n), where n is the total count. Buckets may come in any order and repeat (their
    /// counts add up); empty buckets are ignored. Null when the total count is 0.
    /// Because bucketing (flooring to the millisecond) preserves order, the result is the exact
    /// percentile floored, i.e. within 1 ms of it.
    /// </summary>
    public static int? NearestRank(IEnumerable<(int BucketMs, long Count)> histogram, double p)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        ValidateP(p);

        // One sort of flat arrays of primitives rather than a sorted tree or a comparison
        // delegate: this runs for every period and trend bucket read from the rollups, over
        // hundreds of rows each (one per bot and millisecond), thousands over three years.
        var capacity = histogram.TryGetNonEnumeratedCount(out var rows) ? rows : 16;
        var buckets = new int[capacity];
        var counts = new long[capacity];
        var used = 0;
        long total = 0;
        foreach (var (bucket, count) in histogram)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(count, nameof(histogram));
            if (count == 0)
            {
                continue;
            }

            if (used == buckets.Length)
            {
                Array.Resize(ref buckets, used * 2);
                Array.Resize(ref counts, used * 2);
            }
            buckets[used] = bucket;
            counts[used++] = count;
            total += count;
        }

        if (total == 0)
        {
            return null;
        }

        Array.Sort(buckets, counts, 0, used);
        var rank = Rank(p, total);
        long seen = 0;
        for (var i = 0; i < used; i++)
        {
            seen += counts[i];
            if (seen >= rank)
            {
                return buckets[i];
            }
        }

        throw new InvalidOperationException("Unreachable: the rank never exceeds the total count.");
    }

    /// <summary>The median; for an even count the mean of the two middle values. Null when empty.</summary>
    public static double? Median(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var n = values.Count;
        if (n == 0)
        {
            return null;
        }

        var sorted = SortedCopy(values);
        return n % 2 == 1
            ? sorted[n / 2]
            : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static int Rank(double p, int n) => (int)Rank(p, (long)n);

    private static long Rank(double p, long n)
    {
        var rank = (long)Math.Ceiling(p * n - RankTolerance);
        return Math.Clamp(rank, 1, n);
    }

    private static double[] SortedCopy(IReadOnlyList<double> values)
    {
        var copy = new double[values.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            var v = values[i];
            if (double.IsNaN(v))
            {
                throw new ArgumentException("Values must not be NaN.", nameof(values));
            }

            copy[i] = v;
        }

        Array.Sort(copy);
        return copy;
    }

    private static void ValidateP(double p)
    {
        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "p must be in [0, 1].");
        }
    }
}
