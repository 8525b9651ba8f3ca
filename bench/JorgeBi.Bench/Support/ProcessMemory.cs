namespace JorgeBi.Bench.Support;

/// <summary>Resident memory of a process from /proc/&lt;pid&gt;/status: all of it, and its private (anonymous) part.</summary>
public sealed record ProcessMemory(long RssKb, long AnonKb)
{
    public static ProcessMemory Read(int pid)
    {
        long rss = 0, anon = 0;
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) rss = Kb(line);
            else if (line.StartsWith("RssAnon:", StringComparison.Ordinal)) anon = Kb(line);
        }
        return new ProcessMemory(rss, anon);
    }

    public double RssMb => RssKb / 1024.0;

    // "VmRSS:     123456 kB"
    private static long Kb(string line) => long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
}
