using System.Security.Claims;
using CxPlatform.Contracts.Grpc.CareOutreach;
using CxPlatform.ServiceDefaults.Auth;
using Grpc.Core;

namespace CxPlatform.Ticketing.Tests.StandIns;

/// <summary>ResolveCustomer as the contract describes it; contact values starting with "invalid" are refused as malformed.</summary>
internal sealed class StandInCareOutreachService(StandInCustomers customers) : CareOutreach.CareOutreachBase
{
    public override Task<ResolveCustomerResponse> ResolveCustomer(ResolveCustomerRequest request, ServerCallContext context)
    {
        var caller = context.GetHttpContext().User;
        var tenant = caller.FindFirstValue(CxClaimTypes.Tenant)!;
        customers.Record(new ResolveCustomerCall(
            tenant,
            caller.FindAll(CxClaimTypes.Role).Select(role => role.Value).ToList(),
            request.ContactPoint.Kind,
            request.ContactPoint.Value,
            request.CreateIfUnknown,
            request.DisplayName));

        if (request.ContactPoint.Value.StartsWith("invalid", StringComparison.Ordinal))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "contact_point.value is malformed"));
        }
        var customerId = customers.CustomerFor(tenant, request.ContactPoint.Kind, request.ContactPoint.Value);
        return Task.FromResult(new ResolveCustomerResponse { CustomerId = customerId.ToString("d"), Created = true });
    }
}
