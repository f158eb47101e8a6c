using CxPlatform.Care.Customers;
using CxPlatform.Care.Domain;
using CxPlatform.Care.Outreach;
using CxPlatform.Contracts;
using CxPlatform.Contracts.Grpc.CareOutreach;
using Grpc.Core;
using CareOutreachContract = CxPlatform.Contracts.Grpc.CareOutreach.CareOutreach;
using ContactPolicyMessage = CxPlatform.Contracts.Grpc.CareOutreach.ContactPolicy;

namespace CxPlatform.Care.Grpc;

/// <summary>Who a customer is and how they may be contacted, for other services; the tenant is the caller's token's.</summary>
internal sealed class CareOutreachGrpcService(CustomerDirectory directory, ContactPolicyService policy, TimeProvider time) : CareOutreachContract.CareOutreachBase
{
    public override async Task<ResolveCustomerResponse> ResolveCustomer(ResolveCustomerRequest request, ServerCallContext context)
    {
        if (request.ContactPoint is null)
        {
            throw GrpcArguments.Invalid("contact_point", "is missing.");
        }
        var kind = GrpcArguments.OneOf(request.ContactPoint.Kind, ContactPointKinds.All, "contact_point.kind");
        if (!ContactPointNormalizer.TryNormalize(kind, request.ContactPoint.Value, out var contactPoint, out var problem))
        {
            throw GrpcArguments.Invalid("contact_point.value", problem);
        }
        var (customer, created) = await directory.ResolveAsync(
            contactPoint, request.CreateIfUnknown, DisplayName(request.DisplayName), context.CancellationToken);
        return customer is null
            ? throw new RpcException(new Status(StatusCode.NotFound, "No customer has this contact point."))
            : new ResolveCustomerResponse { CustomerId = customer.Id.ToString(), Created = created };
    }

    public override async Task<CustomerProfile> GetCustomerProfile(GetCustomerProfileRequest request, ServerCallContext context)
    {
        var id = GrpcArguments.Uuid(request.CustomerId, "customer_id");
        return await directory.FindAsync(id, context.CancellationToken) is { } customer
            ? ProfileMessages.ToProfile(customer)
            : throw GrpcArguments.CustomerNotFound();
    }

    public override async Task<ContactPolicyMessage> GetContactPolicy(GetContactPolicyRequest request, ServerCallContext context)
    {
        var id = GrpcArguments.Uuid(request.CustomerId, "customer_id");
        var channel = GrpcArguments.OneOf(request.Channel, ContactChannels.All, "channel");
        var purpose = GrpcArguments.OneOf(request.Purpose, ContactPurposes.All, "purpose");
        var customer = await directory.FindAsync(id, context.CancellationToken) ?? throw GrpcArguments.CustomerNotFound();
        var decision = await policy.DecideAsync(customer, channel, purpose, time.GetUtcNow(), context.CancellationToken);
        return ContactPolicyMessages.ToMessage(customer, purpose, decision);
    }

    /// <summary>A name from an e-mail header is a hint, not input to refuse: blank is none, a very long one is cut.</summary>
    private static string? DisplayName(string name)
    {
        var trimmed = name.Trim();
        return trimmed.Length == 0 ? null : trimmed[..Math.Min(trimmed.Length, CustomerLimits.NameLength)].Trim();
    }
}
