using CxPlatform.Contracts.Grpc.CareOutreach;
using CxPlatform.ServiceDefaults;
using CxPlatform.ServiceDefaults.Grpc;
using CxPlatform.Ticketing.Domain;
using Grpc.Core;
using Microsoft.Extensions.Options;
using CareOutreachClient = CxPlatform.Contracts.Grpc.CareOutreach.CareOutreach.CareOutreachClient;

namespace CxPlatform.Ticketing.Customers;

/// <summary>Asks CareOutreach's ResolveCustomer who owns a requester's contact point (creating the customer if unknown); never throws for CareOutreach's failures.</summary>
public sealed class CustomerResolver(
    CareOutreachClient careOutreach,
    IConfiguration configuration,
    CareOutreachAvailability availability,
    IOptions<CustomerResolutionOptions> options,
    ILogger<CustomerResolver> logger)
{
    public async Task<CustomerResolution> ResolveAsync(Requester requester, CancellationToken cancellationToken)
    {
        if (requester.ContactPoint is null || requester.ContactKind is null)
        {
            return CustomerResolution.Unresolvable;
        }
        if (!configuration.HasGrpcEndpoint(ResourceNames.CareOutreach))
        {
            return CustomerResolution.Unavailable;
        }

        var request = new ResolveCustomerRequest
        {
            ContactPoint = new ContactPoint { Kind = requester.ContactKind, Value = requester.ContactPoint },
            CreateIfUnknown = true,
            DisplayName = requester.Name ?? "",
        };
        try
        {
            var response = await careOutreach.ResolveCustomerAsync(
                request, deadline: DateTime.UtcNow + options.Value.Deadline, cancellationToken: cancellationToken);
            if (!Guid.TryParse(response.CustomerId, out var customerId))
            {
                logger.LogError("CareOutreach resolved a {ContactKind} contact point to a malformed customer id", requester.ContactKind);
                return CustomerResolution.Unavailable;
            }
            availability.ReportSuccess();
            return CustomerResolution.Resolved(customerId);
        }
        catch (RpcException refused) when (refused.StatusCode is StatusCode.InvalidArgument or StatusCode.NotFound)
        {
            logger.LogWarning("CareOutreach refused a {ContactKind} contact point: {Status}", requester.ContactKind, refused.Status.Detail);
            return CustomerResolution.Unresolvable;
        }
        catch (RpcException failed) when (!cancellationToken.IsCancellationRequested)
        {
            availability.ReportFailure();
            logger.LogWarning("CareOutreach could not resolve a customer ({StatusCode}): {Status}", failed.StatusCode, failed.Status.Detail);
            return CustomerResolution.Unavailable;
        }
        catch (Exception unexpected) when (!cancellationToken.IsCancellationRequested)
        {
            // Whatever else fails on the way (e.g. no service token in OIDC mode), the ticket still takes the degraded path.
            availability.ReportFailure();
            logger.LogError(unexpected, "Calling CareOutreach failed");
            return CustomerResolution.Unavailable;
        }
    }
}
