using JorgeBi.Core.Export;
using JorgeBi.Core.Leads;

namespace JorgeBi.Web.Components.Pages.Leads;

/// <summary>Human names of the drill-down components and filters, shared by breadcrumbs, chips and headings.</summary>
public static class DrillLabels
{
    public static string Component(string component) => component switch
    {
        LeadsComponents.Leads => "Leads",
        LeadsComponents.Bots => "Bot conversations",
        LeadsComponents.Revenue => "Revenue",
        LeadsComponents.Conversion => "Conversion",
        _ => component,
    };

    public static string Filter(string name) => name switch
    {
        LeadsFilters.BotIdName => "Bot",
        LeadsFilters.AgentIdName => "Agent",
        LeadsFilters.LeadTypeName => "Lead type",
        _ => char.ToUpperInvariant(name[0]) + name[1..],
    };

    /// <summary>The CSV report that holds the rows of a component.</summary>
    public static string Report(string component) => component switch
    {
        LeadsComponents.Bots => ExportService.BotPerformance,
        LeadsComponents.Revenue or LeadsComponents.Conversion => ExportService.Deals,
        _ => ExportService.Leads,
    };
}
