namespace CxPlatform.Contracts;

/// <summary>How a customer can be identified and reached; the value of social_handle is "network:handle", e.g. "instagram:@ana".</summary>
public static class ContactPointKinds
{
    public const string Email = "email";
    public const string Phone = "phone";
    public const string SocialHandle = "social_handle";
    public const string ChatVisitorId = "chat_visitor_id";
    public const string ExternalId = "external_id";

    public static readonly IReadOnlyList<string> All = [Email, Phone, SocialHandle, ChatVisitorId, ExternalId];
}
