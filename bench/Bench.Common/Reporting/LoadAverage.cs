namespace CxPlatform.Bench.Common.Reporting;

/// <summary>The 1/5/15-minute load average: on a shared 2-core machine it says how much of the CPU the run really had.</summary>
public static class LoadAverage
{
    public static string Read() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
