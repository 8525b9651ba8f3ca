namespace JorgeBi.Core.Alerts;

/// <summary>
/// The tunable side of the alert rules (configuration section "Alerts"). The defaults are
/// meant to be quiet: a rule fires on a proven problem, not on a bad minute.
/// </summary>
public sealed class AlertRules
{
    public const string Section = "Alerts";

    /// <summary>Whether this instance evaluates alerts at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the rules are evaluated.</summary>
    public TimeSpan EvaluationInterval { get; set; } = TimeSpan.FromMinutes(1);

    public BotSuccessRule BotSuccess { get; set; } = new();
    public BotResponseRule BotResponse { get; set; } = new();
    public AnomalyRule Anomaly { get; set; } = new();
    public CommissionPaceRule CommissionPace { get; set; } = new();
    public SilenceRule Silence { get; set; } = new();
    public HealthRule Health { get; set; } = new();

    /// <summary>The bots' window shared by both bot rules: 24h, 7d or 30d (as the dashboards name them).</summary>
    public string BotTimeframe { get; set; } = "24h";

    public static readonly IReadOnlyList<string> BotTimeframes = ["24h", "7d", "30d"];

    /// <summary>The anomaly detector's severities, least first.</summary>
    public static readonly IReadOnlyList<string> Severities = ["low", "medium", "high"];

    /// <summary>A severity's place in <see cref="Severities"/>; -1 for an unknown one.</summary>
    public static int SeverityRank(string severity) => Severities.ToList().IndexOf(severity);

    public sealed class BotSuccessRule
    {
        public bool Enabled { get; set; } = true;
    }

    public sealed class BotResponseRule
    {
        public bool Enabled { get; set; } = true;
        /// <summary>A p95 of a handful of calls is one slow call; below this many interactions it says nothing.</summary>
        public int MinInteractions { get; set; } = 20;
        /// <summary>How far over its target the p95 may go before it alerts, as a fraction: 0.2 fires above 120 % of the target.</summary>
        public double Margin { get; set; }
    }

    public sealed class AnomalyRule
    {
        public bool Enabled { get; set; } = true;
        /// <summary>The detector's sensitivity, 0.1 (only the wildest days) to 1.0.</summary>
        public double Sensitivity { get; set; } = 0.5;
        /// <summary>The least severity that alerts: low, medium or high.</summary>
        public string MinSeverity { get; set; } = "high";
    }

    public sealed class CommissionPaceRule
    {
        public bool Enabled { get; set; } = true;
        /// <summary>Fires when the projection falls more than this share short of the target.</summary>
        public double Tolerance { get; set; } = 0.10;
        /// <summary>Nothing is said before this fraction of the month is gone: a projection from a day is a guess.</summary>
        public double MinElapsed { get; set; } = 0.1;
    }

    public sealed class SilenceRule
    {
        public bool Enabled { get; set; } = true;
        /// <summary>Minutes without an arriving event, counted inside business hours only.</summary>
        public int Minutes { get; set; } = 60;
        /// <summary>Local time (the location's zone) business hours start.</summary>
        public TimeOnly OpensAt { get; set; } = new(8, 0);
        public TimeOnly ClosesAt { get; set; } = new(20, 0);
        /// <summary>
        /// Business days; Monday to Saturday when unset. Nullable because configuration binding
        /// appends to a list that already holds defaults instead of replacing it.
        /// </summary>
        public List<DayOfWeek>? Days { get; set; }

        public IReadOnlyList<DayOfWeek> BusinessDays => Days is { Count: > 0 } ? Days : DefaultDays;

        private static readonly DayOfWeek[] DefaultDays =
            [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday];
    }

    public sealed class HealthRule
    {
        public bool Enabled { get; set; } = true;
        /// <summary>Whether a degraded check (e.g. the aggregator lagging) alerts, not only an unhealthy one.</summary>
        public bool IncludeDegraded { get; set; } = true;
    }
}
