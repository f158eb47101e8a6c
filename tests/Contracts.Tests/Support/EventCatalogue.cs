using System.Reflection;

namespace CxPlatform.Contracts.Tests.Support;

/// <summary>The event types of the contracts assembly: its public, instantiable classes (value sets are static classes).</summary>
public static class EventCatalogue
{
    public static Assembly Assembly { get; } = typeof(IIntegrationEvent).Assembly;

    public static IReadOnlyList<Type> EventTypes { get; } = Assembly.GetExportedTypes()
        .Where(type => type.IsClass && !type.IsAbstract)
        .OrderBy(type => type.Name, StringComparer.Ordinal)
        .ToList();

    public static IReadOnlyList<Type> ValueSetTypes { get; } = Assembly.GetExportedTypes()
        .Where(type => type.IsClass && type.IsAbstract && type.IsSealed)
        .OrderBy(type => type.Name, StringComparer.Ordinal)
        .ToList();

    public static TheoryData<Type> Events => new(EventTypes);

    public static TheoryData<Type> ValueSets => new(ValueSetTypes);

    /// <summary>The positional (primary) constructor: the public one with the most parameters.</summary>
    public static ConstructorInfo PrimaryConstructor(Type eventType) =>
        eventType.GetConstructors().OrderByDescending(constructor => constructor.GetParameters().Length).First();
}
