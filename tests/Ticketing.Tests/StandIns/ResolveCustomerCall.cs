namespace CxPlatform.Ticketing.Tests.StandIns;

/// <summary>One ResolveCustomer call as the CareOutreach stand-in received it, with who the token said was calling.</summary>
public sealed record ResolveCustomerCall(
    string Tenant,
    IReadOnlyList<string> Roles,
    string ContactKind,
    string ContactValue,
    bool CreateIfUnknown,
    string DisplayName);
