using CxPlatform.Contracts.Tests.Support;

namespace CxPlatform.Contracts.Tests.Protos;

/// <summary>
/// Approved/protos.approved.txt records every message field, enum value and rpc that has shipped. Deployed clients and
/// servers keep sending those numbers and names, so none is ever renumbered, renamed or retyped; a removed field or enum
/// value must reserve both its number and its name.
/// </summary>
public sealed class ProtoEvolutionTests
{
    private static readonly IReadOnlyList<string> Approved = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Approved", "protos.approved.txt"))
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .ToList();

    [Fact]
    public void Approved_proto_elements_are_never_renumbered_renamed_retyped_or_removed_unreserved()
    {
        var current = ProtoSignature.Current().ToHashSet(StringComparer.Ordinal);

        var broken = Approved.Where(line => !current.Contains(line) && !ProtoSignature.IsReservedRemoval(line)).ToList();

        Assert.True(broken.Count == 0, "Breaking proto changes (restore them, or reserve the number and name of a removed field):\n" + string.Join('\n', broken));
    }

    [Fact]
    public void Every_proto_element_is_approved()
    {
        var approved = Approved.ToHashSet(StringComparer.Ordinal);

        var unapproved = ProtoSignature.Current().Where(line => !approved.Contains(line)).ToList();

        Assert.True(unapproved.Count == 0, "Review, then add to Approved/protos.approved.txt:\n" + string.Join('\n', unapproved));
    }
}
