namespace CxPlatform.Contracts;

/// <summary>Who did something to a ticket: a reply's author is an agent or the customer; automations act as system.</summary>
public static class ActorKinds
{
    public const string Agent = "agent";
    public const string Customer = "customer";
    public const string System = "system";

    public static readonly IReadOnlyList<string> All = [Agent, Customer, System];
}
