using CxPlatform.Ticketing.Domain;

namespace CxPlatform.Ticketing.Customers;

/// <summary>
/// On the create path: gives a new ticket its customer when CareOutreach resolves the contact point, and otherwise marks it
/// for the <see cref="CustomerReconciler"/>. A ticket is never refused because CareOutreach is down.
/// </summary>
public sealed class CustomerIdentification(CustomerResolver resolver, CareOutreachAvailability availability)
{
    public async Task<NewTicket> IdentifyAsync(NewTicket ticket, CancellationToken cancellationToken)
    {
        var requester = ticket.Requester;
        if (requester.CustomerId is not null || requester.ContactPoint is null)
        {
            return ticket;
        }
        if (availability.IsPresumedDown)
        {
            return ticket with { CustomerResolutionPending = true };
        }

        var resolution = await resolver.ResolveAsync(requester, cancellationToken);
        return resolution.Outcome switch
        {
            CustomerResolutionOutcome.Resolved => ticket with { Requester = requester with { CustomerId = resolution.CustomerId } },
            CustomerResolutionOutcome.Unavailable => ticket with { CustomerResolutionPending = true },
            _ => ticket,
        };
    }
}
