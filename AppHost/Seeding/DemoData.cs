namespace CxPlatform.AppHost.Seeding;

/// <summary>The vocabulary of the demo tenant: a small online shop for kitchen appliances with customers in three countries.</summary>
internal static class DemoData
{
    public static readonly (string First, string Last, string Language, string TimeZone)[] People =
    [
        ("Ava", "Thompson", "en", "Europe/London"), ("Liam", "Carter", "en", "America/New_York"), ("Mia", "Schneider", "de", "Europe/Berlin"),
        ("Noah", "Fischer", "de", "Europe/Berlin"), ("Emma", "Dubois", "fr", "Europe/Paris"), ("Lucas", "Martin", "fr", "Europe/Paris"),
        ("Olivia", "Bennett", "en", "America/Chicago"), ("Elias", "Wagner", "de", "Europe/Vienna"), ("Chloe", "Lefebvre", "fr", "Europe/Paris"),
        ("James", "Walker", "en", "Europe/London"), ("Hannah", "Becker", "de", "Europe/Zurich"), ("Leo", "Moreau", "fr", "Europe/Brussels"),
        ("Sophia", "Hughes", "en", "America/Los_Angeles"), ("Finn", "Hoffmann", "de", "Europe/Berlin"), ("Zoe", "Laurent", "fr", "Europe/Paris"),
        ("Henry", "Price", "en", "Europe/Dublin"), ("Lena", "Koch", "de", "Europe/Berlin"), ("Hugo", "Girard", "fr", "Europe/Paris"),
        ("Grace", "Foster", "en", "America/Denver"), ("Paul", "Richter", "de", "Europe/Berlin"), ("Alice", "Roux", "fr", "Europe/Paris"),
        ("Jack", "Morgan", "en", "Europe/London"), ("Marie", "Klein", "de", "Europe/Berlin"), ("Louis", "Fontaine", "fr", "Europe/Paris"),
    ];

    public static readonly string[] Products =
        ["blender", "espresso machine", "toaster", "kettle", "stand mixer", "air fryer", "coffee grinder", "rice cooker", "juicer", "food processor"];

    /// <summary>Subject templates ({0} = product, {1} = order id), with the ticket type and priority they usually come with.</summary>
    public static readonly (string Subject, string Type, string Priority)[] TicketTemplates =
    [
        ("Parcel arrived damaged: {0}", "complaint", "high"),
        ("Where is my order {1}?", "question", "normal"),
        ("Refund for the {0} not received yet", "return", "high"),
        ("How do I descale the {0}?", "question", "low"),
        ("The {0} stopped working after a week", "incident", "urgent"),
        ("Wrong colour delivered for order {1}", "complaint", "normal"),
        ("Can I change the delivery address of {1}?", "question", "normal"),
        ("The {0} is very loud, is that normal?", "question", "low"),
    ];

    public static readonly string[] Channels = ["email", "email", "email", "web_form", "web_form", "chat", "phone", "social_dm"];

    public static readonly string[] AgentReplies =
    [
        "Thank you for letting us know, and sorry for the trouble. We are on it and will get back to you today.",
        "I checked with our warehouse: a replacement is on its way, you will receive the tracking link by e-mail.",
        "Please try the steps in the attached guide; if the problem persists we will collect the appliance for repair.",
    ];

    /// <summary>Review texts by rating, 1 to 5.</summary>
    public static readonly string[][] Reviews =
    [
        ["Broke after two days. Very disappointed.", "Arrived damaged and support was slow."],
        ["Works, but louder than advertised.", "Delivery took far too long."],
        ["Does the job. Nothing special.", "Good value, the manual could be clearer."],
        ["Very happy with it, fast delivery.", "Solid build and easy to clean."],
        ["Excellent! Best purchase this year.", "Superb quality and friendly service."],
    ];

    public static readonly string[] SurveyComments =
        ["Quick and friendly help.", "Took too long to get an answer.", "Problem solved on the first reply, thanks!", "Still waiting for my refund.", ""];
}
