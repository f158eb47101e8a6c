using CxPlatform.AppHost.Hosting.Model;
using CxPlatform.AppHost.Hosting.State;

namespace CxPlatform.AppHost.Hosting.Orchestration;

/// <summary>The console lines of every resource, each prefixed with the resource's name, and kept in the resource's log.</summary>
internal sealed class ResourceOutput(DistributedApplicationModel model, TimeProvider time)
{
    private static readonly Lock ConsoleGate = new();
    private static readonly string[] Colors = ["\e[36m", "\e[35m", "\e[33m", "\e[32m", "\e[34m", "\e[96m", "\e[95m", "\e[93m"];
    private const string ResetColor = "\e[0m";

    private readonly int _nameWidth = model.Resources.Select(resource => resource.Name.Length).DefaultIfEmpty(0).Max();
    private readonly bool _colored = !Console.IsOutputRedirected;

    public void Write(IResource resource, string text, bool isError = false)
    {
        resource.Log.Write(time.GetUtcNow(), text, isError);
        var prefix = resource.Name.PadRight(_nameWidth);
        if (_colored)
        {
            var index = Math.Max(0, model.Resources.ToList().IndexOf(resource));
            prefix = $"{Colors[index % Colors.Length]}{prefix}{ResetColor}";
        }
        lock (ConsoleGate)
        {
            Console.Out.WriteLine($"{prefix} | {text}");
        }
    }

    /// <summary>A block of the AppHost's own text (the start-up report), never interleaved with resource lines.</summary>
    public void WriteBlock(string text)
    {
        lock (ConsoleGate)
        {
            Console.Out.Write(text);
            Console.Out.Flush();
        }
    }
}
