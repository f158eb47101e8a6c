using CxPlatform.Contracts;

namespace CxPlatform.Ticketing.Domain;

/// <summary>Who writes or changes something: an agent (by subject id), the customer, or an automation.</summary>
public sealed record Author(string Kind, string? Id)
{
    public static Author Agent(string subjectId) => new(ActorKinds.Agent, subjectId);

    public static readonly Author Customer = new(ActorKinds.Customer, null);

    public static readonly Author System = new(ActorKinds.System, "system");

    /// <summary>How the audit trail names this author.</summary>
    public string AuditName => Id ?? Kind;
}
