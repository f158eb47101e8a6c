using System.Reflection;

namespace CxPlatform.Contracts.Tests.Support;

/// <summary>
/// An event's fields as one line of Approved/events.approved.txt:
/// <c>TicketCreated: string TenantId; Guid EventId; ...; Guid? GroupId = null</c>.
/// </summary>
public sealed record EventSignature(string Name, IReadOnlyList<string> Fields)
{
    private const string FieldSeparator = "; ";

    public static EventSignature Of(Type eventType)
    {
        var nullability = new NullabilityInfoContext();
        var fields = EventCatalogue.PrimaryConstructor(eventType).GetParameters()
            .Select(parameter => $"{Display(nullability.Create(parameter))} {parameter.Name}{DefaultOf(parameter)}")
            .ToList();
        return new EventSignature(eventType.Name, fields);
    }

    public static EventSignature Parse(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        return new EventSignature(line[..colon].Trim(), line[(colon + 1)..].Split(FieldSeparator, StringSplitOptions.TrimEntries));
    }

    public static bool HasDefault(string field) => field.Contains(" = ", StringComparison.Ordinal);

    public override string ToString() => $"{Name}: {string.Join(FieldSeparator, Fields)}";

    private static string DefaultOf(ParameterInfo parameter) => !parameter.HasDefaultValue
        ? ""
        : parameter.DefaultValue switch
        {
            null => " = null",
            bool value => value ? " = true" : " = false",
            var value => $" = {value}",
        };

    private static string Display(NullabilityInfo info)
    {
        var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        var name = type switch
        {
            _ when type == typeof(string) => "string",
            _ when type == typeof(long) => "long",
            _ when type == typeof(int) => "int",
            _ when type == typeof(bool) => "bool",
            _ when type == typeof(double) => "double",
            { IsGenericType: true } => $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", info.GenericTypeArguments.Select(Display))}>",
            _ => type.Name,
        };
        return info.ReadState == NullabilityState.Nullable ? name + "?" : name;
    }
}
