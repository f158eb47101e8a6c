namespace CxPlatform.Delivery.Infrastructure;

/// <summary>The stored payload of an e-mail delivery (its recipient address is the row's <c>recipient</c>).</summary>
internal sealed record EmailContent(string Subject, string TextBody, string? HtmlBody, string? ToName, string? ReplyTo);
