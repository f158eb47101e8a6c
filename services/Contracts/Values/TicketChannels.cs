namespace CxPlatform.Contracts;

/// <summary>Where a ticket came from.</summary>
public static class TicketChannels
{
    public const string Email = "email";
    public const string WebForm = "web_form";
    public const string Chat = "chat";
    public const string ChatbotHandoff = "chatbot_handoff";
    public const string Phone = "phone";
    public const string SocialDm = "social_dm";
    public const string SocialComment = "social_comment";
    public const string InStore = "in_store";

    public static readonly IReadOnlyList<string> All = [Email, WebForm, Chat, ChatbotHandoff, Phone, SocialDm, SocialComment, InStore];
}
