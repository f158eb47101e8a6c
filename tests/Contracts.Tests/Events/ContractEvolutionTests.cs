using CxPlatform.Contracts.Tests.Support;

namespace CxPlatform.Contracts.Tests.Events;

/// <summary>
/// Approved/events.approved.txt records every published event's fields. Consumers deployed before a change still read
/// what publishers send after it, so an approved field is never removed, renamed, retyped or moved; new fields go last
/// and are optional. A breaking change is a new event type (TicketSolvedV2), approved with a line of its own.
/// </summary>
public sealed class ContractEvolutionTests
{
    private static readonly IReadOnlyList<EventSignature> Approved = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Approved", "events.approved.txt"))
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .Select(EventSignature.Parse)
        .ToList();

    public static TheoryData<string> ApprovedEvents => new(Approved.Select(signature => signature.Name));

    [Theory]
    [MemberData(nameof(ApprovedEvents))]
    public void Approved_fields_are_never_removed_renamed_retyped_or_reordered(string eventName)
    {
        var approved = Approved.Single(signature => signature.Name == eventName);
        var eventType = EventCatalogue.EventTypes.SingleOrDefault(type => type.Name == eventName);
        Assert.True(eventType is not null, $"{eventName} was removed or renamed; publish a new type beside it instead.");

        var current = EventSignature.Of(eventType);

        Assert.True(
            current.Fields.Take(approved.Fields.Count).SequenceEqual(approved.Fields),
            $"{eventName} changed its approved fields.\napproved: {approved}\ncurrent:  {current}");
    }

    [Theory]
    [MemberData(nameof(ApprovedEvents))]
    public void Fields_added_after_approval_are_optional(string eventName)
    {
        var approved = Approved.Single(signature => signature.Name == eventName);
        var eventType = EventCatalogue.EventTypes.SingleOrDefault(type => type.Name == eventName);
        Assert.NotNull(eventType);

        var added = EventSignature.Of(eventType).Fields.Skip(approved.Fields.Count);

        Assert.All(added, field => Assert.True(EventSignature.HasDefault(field), $"{eventName}: '{field}' was added without a default, so older publishers' messages lack it."));
    }

    [Fact]
    public void Every_published_event_is_approved()
    {
        var unapproved = EventCatalogue.EventTypes
            .Where(type => Approved.All(signature => signature.Name != type.Name))
            .Select(type => EventSignature.Of(type).ToString())
            .ToList();

        Assert.True(unapproved.Count == 0, "Review, then add to Approved/events.approved.txt:\n" + string.Join('\n', unapproved));
    }
}
