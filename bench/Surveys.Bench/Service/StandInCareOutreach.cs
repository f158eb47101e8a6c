using CxPlatform.Contracts.Grpc.CareOutreach;
using Grpc.Core;

namespace CxPlatform.Bench.Surveys.Service;

/// <summary>Every customer of the benchmark may be contacted by e-mail for a survey, and prefers e-mail.</summary>
public sealed class StandInCareOutreach : CareOutreach.CareOutreachBase
{
    public override Task<ContactPolicy> GetContactPolicy(GetContactPolicyRequest request, ServerCallContext context) =>
        Task.FromResult(new ContactPolicy
        {
            Allowed = true,
            PreferredChannel = "email",
            ContactPoint = new ContactPoint { Kind = "email", Value = $"{request.CustomerId}@example.com" },
        });
}
