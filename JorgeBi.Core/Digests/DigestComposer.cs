using System.Globalization;
using System.Text;
using JorgeBi.Core.Executive;
using JorgeBi.Core.Insights;
using JorgeBi.Core.Kpis;

namespace JorgeBi.Core.Digests;

/// <summary>
/// The digest email: the period's KPIs against the period before (the values and changes of
/// the executive page), the top insights and a link to the dashboard showing that period.
/// Plain text, so every mail client shows the same.
/// </summary>
public static class DigestComposer
{
    /// <summary>The KPIs a digest lists, in order, with how each is written.</summary>
    private static readonly (string Label, string Kpi, Func<double, string> Format)[] Lines =
    [
        ("Leads", Kpi.TotalLeads, Count),
        ("Qualified leads", Kpi.QualifiedLeads, Count),
        ("Appointments", Kpi.AppointmentsScheduled, Count),
        ("Deals closed", Kpi.DealsClosed, Count),
        ("Conversion rate", Kpi.ConversionRate, Percent),
        ("Revenue", Kpi.Revenue, Money),
        ("Commission", Kpi.JorgeCommission, Money),
        ("Bot success rate", Kpi.BotSuccessRate, Percent),
        ("p95 response time", Kpi.P95ResponseTimeMs, v => Format($"{v:N0} ms")),
    ];

    public static DigestEmail Compose(
        LocationInfo location, string frequency, DigestDue due, ExecutiveKpis kpis, IReadOnlyList<Insight> insights, Uri dashboard)
    {
        var period = Label(due.FirstDay, due.LastDay);
        var previous = Label(due.FirstDay.AddDays(-(due.LastDay.DayNumber - due.FirstDay.DayNumber + 1)), due.FirstDay.AddDays(-1));
        var noun = frequency == DigestFrequency.Weekly ? "Weekly" : "Daily";
        var body = new StringBuilder();
        body.AppendLine($"{noun} digest for {location.Name}: {period} ({location.TimeZone}), compared with {previous}.");
        body.AppendLine();
        foreach (var (label, kpi, format) in Lines)
        {
            var now = kpis.Metrics.GetValueOrDefault(kpi);
            var before = kpis.Previous.GetValueOrDefault(kpi);
            var change = kpis.Comparisons.GetValueOrDefault(kpi) is { } c ? Format($"{(c > 0 ? "+" : "")}{c:0.0} %") : "no change to compare";
            body.AppendLine($"{label}: {Value(now, format)} (previous {Value(before, format)}, {change})");
        }
        body.AppendLine();
        body.AppendLine("Top insights");
        if (insights.Count == 0) body.AppendLine("- Nothing stands out right now.");
        foreach (var i in insights)
        {
            body.AppendLine($"- {i.Title}: {i.Description}");
            body.AppendLine($"  {i.RecommendedAction}");
        }
        body.AppendLine();
        body.AppendLine($"Dashboard: {DashboardLink(dashboard, location.LocationId, due)}");
        return new DigestEmail($"JorgeBi {noun.ToLowerInvariant()} digest: {location.Name}, {period}", body.ToString());
    }

    /// <summary>The executive page of the location over the digest's period.</summary>
    public static Uri DashboardLink(Uri dashboard, string locationId, DigestDue due) =>
        new(dashboard, Format($"/?location_id={Uri.EscapeDataString(locationId)}&from={due.FirstDay:yyyy-MM-dd}&to={due.LastDay:yyyy-MM-dd}"));

    private static string Label(DateOnly first, DateOnly last) =>
        first == last ? Format($"{first:ddd yyyy-MM-dd}") : Format($"{first:ddd yyyy-MM-dd} to {last:ddd yyyy-MM-dd}");

    private static string Value(double? value, Func<double, string> format) => value is { } v ? format(v) : "none";

    private static string Count(double v) => Format($"{v:N0}");

    private static string Percent(double v) => Format($"{v * 100:0.0} %");

    private static string Money(double v) => Format($"${v:N0}");

    private static string Format(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

public sealed record DigestEmail(string Subject, string Body);
