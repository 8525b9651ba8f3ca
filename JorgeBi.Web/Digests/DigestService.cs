using JorgeBi.Web.Alerts;
using Microsoft.Extensions.Options;

namespace JorgeBi.Web.Digests;

/// <summary>
/// Runs a <see cref="DigestSender"/> round every Alerts:Digest:CheckInterval. What was sent is
/// in the database, so a restart neither skips a due digest nor sends one twice.
/// </summary>
/// <remarks>The data sources exist only once the database has started, so the sender is resolved when this runs.</remarks>
public sealed class DigestService(IServiceProvider services, IOptionsMonitor<DigestOptions> options, TimeProvider clock, ILogger<DigestService> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.CurrentValue.Enabled) return;
        var sender = services.GetRequiredService<DigestSender>();
        await PeriodicRounds.RunAsync(options.CurrentValue.CheckInterval, clock, sender.SendDueAsync, log, "Sending digests", stoppingToken);
    }
}
