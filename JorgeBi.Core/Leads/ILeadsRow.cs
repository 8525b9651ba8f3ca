namespace JorgeBi.Core.Leads;

/// <summary>
/// What every drill-down row names: its location (rows of all locations are listed together)
/// and the lead it is about, whose timeline it opens.
/// </summary>
public interface ILeadsRow
{
    string LocationId { get; }

    string LeadId { get; }
}
