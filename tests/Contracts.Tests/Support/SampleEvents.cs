using System.Reflection;

namespace CxPlatform.Contracts.Tests.Support;

/// <summary>Builds any event through its positional constructor with a distinct, non-default value for every parameter.</summary>
public static class SampleEvents
{
    public const string TenantId = "acme";

    public static readonly DateTimeOffset BaseTime = new(2025, 3, 14, 9, 26, 53, 589, TimeSpan.FromHours(2));

    /// <summary>The field types an event may use: each is plain JSON for any consumer, in any language.</summary>
    public static IReadOnlyList<Type> SupportedTypes { get; } =
    [
        typeof(string), typeof(Guid), typeof(Guid?), typeof(DateTimeOffset), typeof(DateTimeOffset?),
        typeof(long), typeof(int), typeof(int?), typeof(bool), typeof(double), typeof(double?),
        typeof(IReadOnlyList<string>), typeof(IReadOnlyDictionary<string, string>),
    ];

    public static object Create(Type eventType) => Create(eventType, out _);

    public static object Create(Type eventType, out IReadOnlyDictionary<string, object> arguments)
    {
        var parameters = EventCatalogue.PrimaryConstructor(eventType).GetParameters();
        var values = parameters.Select(ValueFor).ToArray();
        arguments = parameters.Zip(values).ToDictionary(pair => pair.First.Name!, pair => pair.Second);
        return EventCatalogue.PrimaryConstructor(eventType).Invoke(values);
    }

    private static object ValueFor(ParameterInfo parameter)
    {
        var position = parameter.Position + 1;
        var type = parameter.ParameterType;
        if (parameter.Name == nameof(IIntegrationEvent.TenantId))
        {
            return TenantId;
        }
        if (type == typeof(string))
        {
            return $"{parameter.Name}-sample";
        }
        if (type == typeof(Guid) || type == typeof(Guid?))
        {
            return Guid.NewGuid();
        }
        if (type == typeof(DateTimeOffset) || type == typeof(DateTimeOffset?))
        {
            return BaseTime.AddMinutes(position);
        }
        if (type == typeof(long))
        {
            return 1_000_000_000_000L + position;
        }
        if (type == typeof(int) || type == typeof(int?))
        {
            return 100 + position;
        }
        if (type == typeof(bool))
        {
            return true;
        }
        if (type == typeof(double) || type == typeof(double?))
        {
            return position + 0.125;
        }
        if (type == typeof(IReadOnlyList<string>))
        {
            return new List<string> { $"{parameter.Name}-first", $"{parameter.Name}-second" };
        }
        if (type == typeof(IReadOnlyDictionary<string, string>))
        {
            return new Dictionary<string, string> { ["order_total"] = "129.90", ["currency"] = "CHF" };
        }
        throw new NotSupportedException(
            $"{parameter.Member.DeclaringType?.Name}.{parameter.Name} is a {type}; events use only {string.Join(", ", SupportedTypes)}.");
    }
}
