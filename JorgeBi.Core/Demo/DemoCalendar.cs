namespace JorgeBi.Core.Demo;

/// <summary>One local calendar month of the simulation and the leads created in it.</summary>
internal sealed record DemoMonth(int Index, int Year, int Month, DateTimeOffset Start, DateTimeOffset End, int LeadCount, long FirstLeadNo)
{
    /// <summary>Months before the history only seed the deals and follow-ups still running when it starts.</summary>
    public bool IsWarmUp => Index < 0;

    public string Key => $"{Year:D4}-{Month:D2}";
}

/// <summary>
/// Lays out the months and how many leads each gets: spring peak, ~15 %/yr growth and a little
/// noise, scaled so the whole history holds about the target number of events.
/// </summary>
internal static class DemoCalendar
{
    /// <summary>Longer than any lead's story (a deal closes within ~4 months), so no event is lost.</summary>
    public const int LookbackMonths = 6;

    /// <summary>Measured average events per lead; ties the lead count to the scale's event target.</summary>
    public const double EventsPerLead = 10.3;

    private const double YearlyGrowth = 1.15;

    // Jan..Dec: buyers and sellers come out in spring and hibernate over the holidays.
    private static readonly double[] Seasonality = [0.75, 0.88, 1.10, 1.28, 1.35, 1.25, 1.08, 1.00, 0.95, 0.90, 0.78, 0.68];

    public static long TargetEvents(DemoScale scale) => scale switch
    {
        DemoScale.Demo => 50_000,
        DemoScale.Medium => 1_000_000,
        DemoScale.Large => 10_000_000,
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, "Unknown demo scale."),
    };

    public static IReadOnlyList<DemoMonth> Build(DemoOptions o, LocalClock clock)
    {
        var endLocal = clock.ToLocal(o.End);
        var first = new DateOnly(endLocal.Year, endLocal.Month, 1).AddMonths(-(o.Months - 1) - LookbackMonths);
        var count = o.Months + LookbackMonths;

        var starts = Enumerable.Range(0, count + 1)
            .Select(i => first.AddMonths(i))
            .Select(d => clock.StartOfMonth(d.Year, d.Month))
            .ToArray();

        var weights = new double[count];
        for (var i = 0; i < count; i++)
        {
            var start = starts[i];
            var end = starts[i + 1] < o.End ? starts[i + 1] : o.End;
            // The month of End only gets the leads of its elapsed part.
            var elapsed = Math.Clamp((end - start) / (starts[i + 1] - start), 0, 1);
            var noise = DemoRandom.For(o.Seed, -1_000_000 - i).Between(0.94, 1.06);
            var monthsFromEnd = count - 1 - i;
            weights[i] = Seasonality[first.AddMonths(i).Month - 1] * Math.Pow(YearlyGrowth, -monthsFromEnd / 12.0) * noise * elapsed;
        }

        // The target covers the history only; warm-up months follow the same per-month rate.
        var historyWeight = weights.Skip(LookbackMonths).Sum();
        var leadsPerWeight = historyWeight > 0 ? TargetEvents(o.Scale) / EventsPerLead / historyWeight : 0;

        var months = new DemoMonth[count];
        long nextLeadNo = 1;
        for (var i = 0; i < count; i++)
        {
            var date = first.AddMonths(i);
            var end = starts[i + 1] < o.End ? starts[i + 1] : o.End;
            var leads = (int)Math.Round(weights[i] * leadsPerWeight);
            months[i] = new DemoMonth(i - LookbackMonths, date.Year, date.Month, starts[i], end, leads, nextLeadNo);
            nextLeadNo += leads;
        }

        return months;
    }
}
