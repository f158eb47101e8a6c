using Google.Protobuf.Reflection;

namespace CxPlatform.Contracts.Tests.Support;

/// <summary>The .proto files this project compiled from services/Contracts/Protos, found through their generated reflection classes.</summary>
public static class ProtoCatalogue
{
    public static IReadOnlyList<FileDescriptor> Files { get; } = typeof(ProtoCatalogue).Assembly.GetTypes()
        .Where(type => type.Namespace?.StartsWith("CxPlatform.Contracts.Grpc.", StringComparison.Ordinal) == true && type.Name.EndsWith("Reflection", StringComparison.Ordinal))
        .Select(type => (FileDescriptor)type.GetProperty("Descriptor")!.GetValue(null)!)
        .OrderBy(file => file.Name, StringComparer.Ordinal)
        .ToList();

    public static TheoryData<string> FileNames => new(Files.Select(file => file.Name));

    public static FileDescriptor File(string name) => Files.Single(file => file.Name == name);

    public static IEnumerable<ServiceDescriptor> Services => Files.SelectMany(file => file.Services);

    public static IEnumerable<MessageDescriptor> Messages => Files.SelectMany(file => file.MessageTypes).SelectMany(WithNested);

    public static IEnumerable<EnumDescriptor> Enums =>
        Files.SelectMany(file => file.EnumTypes).Concat(Messages.SelectMany(message => message.EnumTypes));

    /// <summary>Map fields are modelled as nested entry messages; they are part of the field, not messages of their own.</summary>
    public static bool IsMapEntry(MessageDescriptor message) => message.GetOptions()?.MapEntry == true;

    private static IEnumerable<MessageDescriptor> WithNested(MessageDescriptor message) =>
        IsMapEntry(message) ? [] : message.NestedTypes.SelectMany(WithNested).Prepend(message);
}
