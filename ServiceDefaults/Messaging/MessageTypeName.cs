using System.Collections.Concurrent;

namespace CxPlatform.ServiceDefaults.Messaging;

/// <summary>A version-free type name ("Namespace.Type, Assembly") that survives package upgrades of the contracts.</summary>
public static class MessageTypeName
{
    private static readonly ConcurrentDictionary<string, Type?> Resolved = new();

    public static string Of(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    public static Type? Resolve(string name) => Resolved.GetOrAdd(name, static n => Type.GetType(n, throwOnError: false));
}
