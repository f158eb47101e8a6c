using System.Net.Mail;
using CxPlatform.ServiceDefaults.Errors;

namespace CxPlatform.Delivery;

/// <summary>An e-mail to one recipient; the sender (From) comes from configuration (<c>Delivery:Smtp</c>).</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody)
{
    public string? ToName { get; init; }

    /// <summary>When set, the e-mail carries both parts and mail clients choose which to show.</summary>
    public string? HtmlBody { get; init; }

    public string? ReplyTo { get; init; }

    internal void Validate()
    {
        if (!IsAddress(To))
        {
            throw new InvalidRequestException("to", "The recipient must be an e-mail address (local@domain).");
        }
        if (string.IsNullOrWhiteSpace(Subject) || IsMultiline(Subject))
        {
            throw new InvalidRequestException("subject", "An e-mail needs a subject of one line.");
        }
        if (string.IsNullOrWhiteSpace(TextBody))
        {
            throw new InvalidRequestException("textBody", "An e-mail needs a plain-text body.");
        }
        if (ToName is not null && IsMultiline(ToName))
        {
            throw new InvalidRequestException("toName", "The recipient's name must be one line.");
        }
        if (ReplyTo is not null && !IsAddress(ReplyTo))
        {
            throw new InvalidRequestException("replyTo", "Reply-To must be an e-mail address (local@domain).");
        }
    }

    private static bool IsAddress(string? value) =>
        !string.IsNullOrWhiteSpace(value) && MailAddress.TryCreate(value, out var address) && address.Address == value && address.DisplayName.Length == 0;

    // Header values span one line; a line break would let the text forge further headers.
    private static bool IsMultiline(string value) => value.AsSpan().IndexOfAny('\r', '\n') >= 0;
}
