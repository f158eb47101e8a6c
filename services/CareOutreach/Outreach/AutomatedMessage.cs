namespace CxPlatform.Care.Outreach;

/// <summary>The JSON body POSTed to the tenant's message webhook for an automated message on a channel other than e-mail.</summary>
/// <param name="To">The customer's address on the channel: an E.164 number, or <c>network:handle</c> for social DMs.</param>
public sealed record AutomatedMessage(
    Guid OutreachId, Guid CustomerId, string Channel, string To, string Language, string Kind, string Text);
