using System.Runtime.InteropServices;

namespace CxPlatform.Bench.Common.Reporting;

public sealed record MachineInfo(int ProcessorCount, string OperatingSystem, string Runtime)
{
    public static MachineInfo Current { get; } =
        new(Environment.ProcessorCount, RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription);
}
