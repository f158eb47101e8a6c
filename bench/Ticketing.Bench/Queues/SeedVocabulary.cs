using System.Globalization;

namespace CxPlatform.Bench.Ticketing.Queues;

/// <summary>
/// The words the seeded tickets are written with. Words are drawn with the weights below, so some are in most tickets and
/// some in few; the terms the search cases look for are planted at known rates.
/// </summary>
public static class SeedVocabulary
{
    /// <summary>In about 0.02 % of the tickets' descriptions and nowhere else: a selective search.</summary>
    public const string SelectiveWord = "dehumidifier";
    public const double SelectiveRate = 0.0002;

    /// <summary>Drawn often in descriptions and replies alike: an unselective search.</summary>
    public const string CommonWord = "refund";

    /// <summary>In about 0.15 % of replies and notes, never in a subject or description.</summary>
    public const string RepliesOnlyWord = "depot";
    public const double RepliesOnlyRate = 0.0015;

    /// <summary>The share of words drawn from <see cref="TailWords"/> rather than the everyday vocabulary.</summary>
    public const double TailShare = 0.2;

    public const string CommonTag = "shipping";
    public const string RareTag = "recall";

    public static readonly string[] Subjects =
    [
        "Where is my order", "Parcel arrived damaged", "Refund not received", "Wrong size delivered", "Item missing from order",
        "Cannot log in", "Discount code not working", "Question about invoice", "Change delivery address", "Product stopped working",
        "Charged twice", "Cancel my order", "Return request", "Warranty claim", "Complaint about delivery driver",
        "Exchange for another colour", "Order shows delivered but not here", "Gift card balance", "Unsubscribe from newsletter",
        "Store pickup not ready",
    ];

    public static readonly string[] Products =
    [
        "coffee grinder", "running shoes", "winter jacket", "desk lamp", "blender", "phone case", "garden hose", "yoga mat",
        "electric kettle", "backpack", "headphones", "bed linen", "office chair", "sofa cover", "toaster", "rain boots", "laptop stand",
        "water bottle", "bike helmet", "vacuum cleaner", "air fryer", "wool sweater", "sunglasses", "baby stroller", "dining table",
    ];

    public static readonly string[] FirstNames = ["Anna", "Ben", "Chloe", "David", "Emma", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Karin", "Luca"];
    public static readonly string[] LastNames = ["Meyer", "Dubois", "Rossi", "Novak", "Jensen", "Garcia", "Smith", "Kowalski", "Silva", "Berg"];

    /// <summary>Customers' words; <c>refund</c> is drawn about once in 65 words, so roughly a quarter of descriptions hold it.</summary>
    public static readonly string[] DescriptionWords = Weighted("""
        the:60 i:50 my:45 and:40 to:40 a:35 is:25 it:25 of:20 for:20 was:18 not:18 have:15 on:15 but:12 this:12 with:10 you:10
        order:30 please:14 delivery:14 refund:15 parcel:12 still:10 arrived:10 help:8 thanks:8 wrong:8 return:8 product:8 item:7
        received:7 payment:7 tracking:7 days:7 week:6 damaged:6 broken:6 invoice:6 card:6 email:6 address:6 sent:6 number:6
        missing:5 size:5 replacement:5 cancel:5 account:5 website:5 service:5 yesterday:4 today:4 charged:4 password:4 app:4
        exchange:4 code:4 customer:4 courier:4 box:4 money:4 quality:3 warranty:3 discount:3 store:3 checkout:3 colour:3 login:3
        cancelled:3 urgent:3 again:3 twice:3 late:3 weeks:3 label:3 shop:3 bought:3 gift:2 voucher:2 shoes:2 jacket:2 phone:2
        battery:2 screen:2 cable:2 charger:2 lamp:1 kettle:1 blender:1 grinder:1 headphones:1 backpack:1 mattress:1 stroller:1
        sofa:1 chair:1 toaster:1 helmet:1 sweater:1 sunglasses:1 boots:1 bottle:1 fryer:1 vacuum:1 linen:1 hose:1 mat:1
        scratched:1 leaking:1 noisy:1 smell:1 stain:1 torn:1 faded:1 loose:1 cracked:1 dented:1 neighbour:1 porch:1 locker:1
        """);

    /// <summary>Agents' replies and notes and customers' answers.</summary>
    public static readonly string[] ReplyWords = Weighted("""
        the:60 we:40 you:40 your:40 i:30 and:30 to:30 a:25 is:20 have:20 for:20 it:15 of:15 will:15 be:12 this:10 that:10
        thank:12 sorry:10 order:20 refund:12 please:12 regards:10 team:8 update:6 checked:6 warehouse:6 courier:6 label:5 attached:5
        replacement:5 inconvenience:5 apologise:4 issued:4 collect:4 tracking:5 days:5 working:4 confirm:4 investigate:3 received:5
        still:4 when:4 thanks:6 parcel:5 return:5 invoice:3 credit:3 voucher:3 escalated:2 supervisor:2 policy:2 photos:2 dispatch:3
        shipment:3 address:3 account:3 password:2 reset:2 link:2 carrier:2 customs:1 reimbursed:1 goodwill:1 compensation:1
        """);

    /// <summary>A ticket carries 0–3 tags drawn from these: <c>shipping</c> is on about 18 % of tickets, <c>recall</c> on about 0.1 %.</summary>
    public static readonly string[] TagPool = Weighted("""
        shipping:140 refund:100 delivery-delay:70 billing:80 damaged:60 cancellation:50 login:50 invoice:40 exchange:40 size:40
        vip:40 missing-item:30 warranty:30 discount:30 feedback:30 gift-card:20 newsletter:20 store-pickup:20 app:20 recall:1
        """);

    /// <summary>
    /// A long tail of rare words (model names, brands, misspellings in real text), made of syllables so that none is a word
    /// of the vocabularies above. PostgreSQL's statistics of a tsvector column keep its most common words; a word not among
    /// them is estimated at half the rarest one's frequency, so without a tail every unknown word would look common.
    /// </summary>
    public static readonly string[] TailWords = Tail(20_000);

    private static string[] Tail(int count)
    {
        string[] syllables =
        [
            "ka", "lo", "mi", "ne", "ru", "so", "ta", "vi", "ze", "pa", "bo", "fu", "gi", "ha", "jo",
            "ku", "li", "mo", "nu", "pe", "qua", "ri", "sa", "to", "ul", "va", "wo", "xi", "yo", "zu",
        ];
        var known = DescriptionWords.Concat(ReplyWords).Append(SelectiveWord).Append(RepliesOnlyWord).ToHashSet();
        var n = syllables.Length;
        return Enumerable.Range(0, n * n * n)
            .Select(k => syllables[k % n] + syllables[k / n % n] + syllables[k / (n * n)])
            .Where(word => !known.Contains(word))
            .Take(count)
            .ToArray();
    }

    private static string[] Weighted(string pairs) =>
        pairs.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split(':'))
            .SelectMany(pair => Enumerable.Repeat(pair[0], int.Parse(pair[1], CultureInfo.InvariantCulture)))
            .ToArray();
}
