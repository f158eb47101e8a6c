using System.Globalization;
using CxPlatform.Contracts;

namespace CxPlatform.Bench.Ticketing.Creation;

/// <summary>Realistic new tickets as a web form, a mailbox or a chat hands them over: a few hundred characters, a couple of tags.</summary>
public static class SampleTickets
{
    private static readonly string[] Problems =
    [
        "Parcel arrived damaged", "Where is my order", "Refund not received", "Wrong size delivered", "Item missing from my order",
        "Cannot log in to my account", "Discount code does not work", "Question about my invoice", "Change my delivery address",
        "Product stopped working", "Charged twice", "Cancel my order",
    ];

    private static readonly string[] Products =
    [
        "coffee grinder", "running shoes", "winter jacket", "desk lamp", "blender", "phone case", "garden hose", "yoga mat",
        "electric kettle", "backpack", "headphones", "bed linen",
    ];

    private static readonly string[] Openings =
    [
        "Hello, I ordered the {0} last week with order number {1}.", "Hi team, my order {1} (a {0}) was supposed to arrive on Monday.",
        "Good morning. I bought a {0} from your shop, order {1}.", "Dear support, this is about order {1} for the {0}.",
    ];

    private static readonly string[] Details =
    [
        "The box was crushed and the item inside is broken.", "The tracking page has not changed for five days.",
        "I returned it two weeks ago but the money is not back on my card yet.", "I received a size M although I ordered an L.",
        "The invoice shows a different amount than the checkout page did.", "My password reset e-mail never arrives.",
    ];

    private static readonly string[] Closings =
    [
        "Could you please tell me what happens next? Thank you.", "I would like a replacement or a refund, whichever is faster.",
        "Please call me back, I am available in the afternoon.", "Thanks in advance for your help.",
    ];

    private static readonly string[] FirstNames = ["Anna", "Ben", "Chloe", "David", "Emma", "Farid", "Greta", "Hugo", "Ines", "Jonas"];
    private static readonly string[] LastNames = ["Meyer", "Dubois", "Rossi", "Novak", "Jensen", "Garcia", "Smith", "Kowalski"];
    private static readonly string[] Channels = [TicketChannels.Email, TicketChannels.Email, TicketChannels.WebForm, TicketChannels.Chat];
    private static readonly string[] Types = [TicketTypes.Question, TicketTypes.Question, TicketTypes.Incident, TicketTypes.Complaint];
    private static readonly string[] Priorities = [TicketPriorities.Normal, TicketPriorities.Normal, TicketPriorities.Normal, TicketPriorities.High, TicketPriorities.Low];
    private static readonly string[] Tags = ["shipping", "damaged", "refund", "billing", "login", "vip", "delivery-delay", "exchange"];

    public static SampleTicket For(int index)
    {
        var random = new Random(index);
        var product = Pick(random, Products);
        var order = random.Next(100_000, 999_999);
        var first = Pick(random, FirstNames);
        var last = Pick(random, LastNames);
        var description = string.Join(' ', string.Format(CultureInfo.InvariantCulture, Pick(random, Openings), product, order), Pick(random, Details), Pick(random, Details), Pick(random, Closings));
        return new SampleTicket(
            $"{Pick(random, Problems)}: {product}",
            description,
            random.Next(4) == 0 ? null : CustomerId(random),
            $"{first}.{last}.{index}@example.com".ToLowerInvariant(),
            $"{first} {last}",
            Pick(random, Channels),
            Pick(random, Types),
            Pick(random, Priorities),
            random.GetItems(Tags, random.Next(0, 3)).Distinct().Order(StringComparer.Ordinal).ToArray());
    }

    private static Guid CustomerId(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
