using JorgeBi.Core.Bots;
using JorgeBi.Core.Export;
using JorgeBi.Core.Leads;
using JorgeBi.Data.Bots;
using JorgeBi.Data.Kpis;
using JorgeBi.Data.Leads;
using JorgeBi.Tests.Leads;

namespace JorgeBi.Tests.Export;

public sealed class ExportServiceTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    [Theory]
    [InlineData(ExportService.Leads, "lead_id,created_at,", 7)]
    [InlineData(ExportService.Deals, "deal_id,lead_id,", 3)]
    [InlineData(ExportService.BotPerformance, "bot_id,name,", 4)]
    public async Task Export_HandMadeDay_HeaderAndOneLinePerRow(string report, string headerStart, int rows)
    {
        var lines = await ExportAsync(report, "export-" + report);

        Assert.StartsWith(headerStart, lines[0]);
        Assert.Equal(rows, lines.Length - 1);
    }

    [Fact]
    public async Task Export_Leads_WritesTheRowValues()
    {
        var lines = await ExportAsync(ExportService.Leads, "export-values");

        Assert.Equal("L1,2026-02-10T17:00:00.000Z,zillow,seller,hot,agent-a,jorge-seller,30", lines[1]);
    }

    [Fact]
    public async Task Export_UnknownReport_WritesNothing()
    {
        var writer = new StringWriter();
        var location = await DrillFixture.IngestAsync(db, "export-unknown");

        Assert.False(await Service().WriteAsync("passwords", location, DrillFixture.ThePeriod, writer));
        Assert.Equal("", writer.ToString());
    }

    private async Task<string[]> ExportAsync(string report, string location)
    {
        var info = await DrillFixture.IngestAsync(db, location);
        var writer = new StringWriter();
        Assert.True(await Service().WriteAsync(report, info, DrillFixture.ThePeriod, writer));
        return writer.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    private ExportService Service() => Services.CsvExport(db.DataSource, TimeProvider.System);
}
