using System.Diagnostics;

namespace JorgeBi.Web.Cli;

/// <summary>A one-line progress bar with a rate, redrawn at most four times a second.</summary>
internal sealed class ConsoleProgress(string label, long expected) : IProgress<long>
{
    private const int Width = 30;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastDraw = TimeSpan.Zero;
    private long _done;

    public void Report(long done)
    {
        _done = done;
        if (_clock.Elapsed - _lastDraw < TimeSpan.FromMilliseconds(250)) return;
        _lastDraw = _clock.Elapsed;
        Draw();
    }

    public void Finish()
    {
        Draw();
        Console.Error.WriteLine();
    }

    private void Draw()
    {
        var fraction = expected <= 0 ? 1 : Math.Min(1, (double)_done / expected);
        var filled = (int)(fraction * Width);
        var rate = _done / Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
        Console.Error.Write($"\r{label} [{new string('#', filled)}{new string('-', Width - filled)}] {fraction,4:P0} {_done:N0} events  {rate:N0} events/s  {_clock.Elapsed:mm\\:ss}  ");
    }
}
