namespace CxPlatform.Contracts;

/// <summary>Channels CareOutreach and Surveys may use to reach a customer (outbound), each with its own consent.</summary>
public static class ContactChannels
{
    public const string Email = "email";
    public const string Sms = "sms";
    public const string Phone = "phone";
    public const string Whatsapp = "whatsapp";
    public const string SocialDm = "social_dm";
    public const string PostalMail = "postal_mail";

    public static readonly IReadOnlyList<string> All = [Email, Sms, Phone, Whatsapp, SocialDm, PostalMail];
}
