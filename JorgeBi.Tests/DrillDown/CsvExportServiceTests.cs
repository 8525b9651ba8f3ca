using JorgeBi.Core.Bots;
using JorgeBi.Core.DrillDown;
using JorgeBi.Data.Analytics;
using JorgeBi.Data.Bots;
using JorgeBi.Data.DrillDown;

namespace JorgeBi.Tests.DrillDown;

public sealed class CsvExportServiceTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    [Theory]
    [InlineData(CsvExportService.Leads, "lead_id,created_at,", 7)]
    [InlineData(CsvExportService.Deals, "deal_id,lead_id,", 3)]
    [InlineData(CsvExportService.BotPerformance, "bot_id,name,", 4)]
    public async Task Export_HandMadeDay_HeaderAndOneLinePerRow(string report, string headerStart, int rows)
    {
        var lines = await ExportAsync(report, "export-" + report);

        Assert.StartsWith(headerStart, lines[0]);
        Assert.Equal(rows, lines.Length - 1);
    }

    [Fact]
    public async Task Export_Leads_WritesTheRowValues()
    {
        var lines = await ExportAsync(CsvExportService.Leads, "export-values");

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

    private CsvExportService Service() => Services.CsvExport(db.DataSource, TimeProvider.System);
}
