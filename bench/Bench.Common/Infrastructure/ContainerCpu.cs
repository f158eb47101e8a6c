using System.Globalization;

namespace CxPlatform.Bench.Common.Infrastructure;

/// <summary>
/// CPU time a container has used so far, read from its cgroup on the host (Podman or Docker, cgroup v1 or v2); null where
/// the engine keeps its cgroups elsewhere.
/// </summary>
public static class ContainerCpu
{
    public static TimeSpan? Read(string containerId)
    {
        string[] nanoseconds =
        [
            $"/sys/fs/cgroup/cpuacct/libpod_parent/libpod-{containerId}/cpuacct.usage",
            $"/sys/fs/cgroup/cpuacct/machine.slice/libpod-{containerId}.scope/cpuacct.usage",
            $"/sys/fs/cgroup/cpuacct/docker/{containerId}/cpuacct.usage",
        ];
        foreach (var path in nanoseconds.Where(File.Exists))
        {
            return TimeSpan.FromMicroseconds(long.Parse(File.ReadAllText(path).Trim(), CultureInfo.InvariantCulture) / 1000.0);
        }
        string[] cpuStat =
        [
            $"/sys/fs/cgroup/libpod_parent/libpod-{containerId}/cpu.stat",
            $"/sys/fs/cgroup/machine.slice/libpod-{containerId}.scope/cpu.stat",
            $"/sys/fs/cgroup/system.slice/docker-{containerId}.scope/cpu.stat",
        ];
        foreach (var path in cpuStat.Where(File.Exists))
        {
            var usage = File.ReadLines(path).Select(line => line.Split(' ')).FirstOrDefault(parts => parts is ["usage_usec", _]);
            if (usage is not null)
            {
                return TimeSpan.FromMicroseconds(long.Parse(usage[1], CultureInfo.InvariantCulture));
            }
        }
        return null;
    }
}
