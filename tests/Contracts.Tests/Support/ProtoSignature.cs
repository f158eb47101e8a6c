using Google.Protobuf.Reflection;

namespace CxPlatform.Contracts.Tests.Support;

/// <summary>
/// The wire- and JSON-relevant shape of the protos as lines of Approved/protos.approved.txt, e.g.
/// <c>field cxplatform.ticketing.v1.Ticket = 3 customer_id google.protobuf.StringValue</c>.
/// </summary>
public static class ProtoSignature
{
    public static IReadOnlyList<string> Current() =>
    [
        .. ProtoCatalogue.Messages.SelectMany(Lines),
        .. ProtoCatalogue.Enums.SelectMany(Lines),
        .. ProtoCatalogue.Services.SelectMany(Lines),
    ];

    /// <summary>A field or enum value that is gone is acceptable only when both its number and its name are reserved.</summary>
    public static bool IsReservedRemoval(string line)
    {
        var parts = line.Split(' ');
        if (parts.Length < 5 || parts[2] != "=" || !int.TryParse(parts[3], out var number))
        {
            return false;
        }
        var (kind, owner, name) = (parts[0], parts[1], parts[4]);
        if (kind == "field" && ProtoCatalogue.Messages.SingleOrDefault(message => message.FullName == owner) is { } message)
        {
            var proto = message.ToProto();
            return proto.ReservedRange.Any(range => number >= range.Start && number < range.End) && proto.ReservedName.Contains(name);
        }
        if (kind == "value" && ProtoCatalogue.Enums.SingleOrDefault(enumType => enumType.FullName == owner) is { } enumDescriptor)
        {
            var proto = enumDescriptor.ToProto();
            return proto.ReservedRange.Any(range => number >= range.Start && number <= range.End) && proto.ReservedName.Contains(name);
        }
        return false;
    }

    private static IEnumerable<string> Lines(MessageDescriptor message) =>
        message.Fields.InFieldNumberOrder()
            .Select(field => $"field {message.FullName} = {field.FieldNumber} {field.Name} {TypeOf(field)}{(field.RealContainingOneof is { } oneof ? $" oneof {oneof.Name}" : "")}")
            .Prepend($"message {message.FullName}");

    private static IEnumerable<string> Lines(EnumDescriptor enumType) =>
        enumType.Values.Select(value => $"value {enumType.FullName} = {value.Number} {value.Name}").Prepend($"enum {enumType.FullName}");

    private static IEnumerable<string> Lines(ServiceDescriptor service) =>
        service.Methods
            .Select(method => $"rpc {service.FullName}.{method.Name} {Stream(method.IsClientStreaming)}{method.InputType.FullName} returns {Stream(method.IsServerStreaming)}{method.OutputType.FullName}")
            .Prepend($"service {service.FullName}");

    private static string Stream(bool streaming) => streaming ? "stream " : "";

    private static string TypeOf(FieldDescriptor field)
    {
        if (field.IsMap)
        {
            return $"map<{ScalarOf(field.MessageType.FindFieldByNumber(1))}, {ScalarOf(field.MessageType.FindFieldByNumber(2))}>";
        }
        return field.IsRepeated ? "repeated " + ScalarOf(field) : ScalarOf(field);
    }

    private static string ScalarOf(FieldDescriptor field) => field.FieldType switch
    {
        FieldType.Message => field.MessageType.FullName,
        FieldType.Enum => field.EnumType.FullName,
        var scalar => scalar.ToString().ToLowerInvariant(),
    };
}
