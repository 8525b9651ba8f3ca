using JorgeBi.Core.Freshness;

namespace JorgeBi.Core.Leads;

/// <summary>
/// The rows behind a number: <see cref="Summary"/> and <see cref="Total"/> cover the whole
/// filtered set, <see cref="Details"/> only the requested page (<see cref="LeadRow"/>,
/// <see cref="ConversationRow"/> or <see cref="DealRow"/> by component).
/// </summary>
public sealed record LeadsResult(
    IReadOnlyDictionary<string, double?> Summary,
    IReadOnlyList<object> Details,
    long Total) : IHasDataAsOf<LeadsResult>
{
    /// <summary>The last event applied to the numbers of this answer.</summary>
    public DataAsOf? DataAsOf { get; init; }

    public LeadsResult WithDataAsOf(DataAsOf dataAsOf) => this with { DataAsOf = dataAsOf };
}
