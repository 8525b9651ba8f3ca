namespace JorgeBi.Web.Alerts;

/// <summary>
/// The loop of the alert monitor and the digest sender: a round every interval (the first one
/// interval after start), a failed round logged and the next one trying again.
/// </summary>
public static class PeriodicRounds
{
    public static async Task RunAsync(
        TimeSpan interval, TimeProvider clock, Func<CancellationToken, Task> round, ILogger log, string what, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await round(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogWarning(e, "{What} failed; retrying in {Interval}", what, interval);
            }
        }
    }
}
