using JorgeBi.Web.Alerts;
using Microsoft.Extensions.Options;

namespace JorgeBi.Web.Digests;

/// <summary>
/// Runs a <see cref="DigestSender"/> round every Alerts:Digest:CheckInterval. What was sent is
/// in the database, so a restart neither skips a due digest nor sends one twice.
/// </summary>
public sealed class DigestService(DigestSender sender, IOptionsMonitor<DigestOptions> options, TimeProvider clock, ILogger<DigestService> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.CurrentValue.Enabled) return;
        await PeriodicRounds.RunAsync(options.CurrentValue.CheckInterval, clock, sender.SendDueAsync, log, "Sending digests", stoppingToken);
    }
}
