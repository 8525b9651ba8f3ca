using JorgeBi.Core.DrillDown;

namespace JorgeBi.Web.Components.Pages.Leads;

/// <summary>Human names of the drill-down components and filters, shared by breadcrumbs, chips and headings.</summary>
public static class DrillLabels
{
    public static string Component(string component) => component switch
    {
        DrillDownComponents.Leads => "Leads",
        DrillDownComponents.Bots => "Bot conversations",
        DrillDownComponents.Revenue => "Revenue",
        DrillDownComponents.Conversion => "Conversion",
        _ => component,
    };

    public static string Filter(string name) => name switch
    {
        DrillDownFilters.BotIdName => "Bot",
        DrillDownFilters.AgentIdName => "Agent",
        DrillDownFilters.LeadTypeName => "Lead type",
        _ => char.ToUpperInvariant(name[0]) + name[1..],
    };

    /// <summary>The CSV report that holds the rows of a component.</summary>
    public static string Report(string component) => component switch
    {
        DrillDownComponents.Bots => CsvExportService.BotPerformance,
        DrillDownComponents.Revenue or DrillDownComponents.Conversion => CsvExportService.Deals,
        _ => CsvExportService.Leads,
    };
}
