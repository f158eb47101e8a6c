using MimeKit;

namespace CxPlatform.Testing.Delivery;

/// <summary>A message the SMTP server accepted: the envelope and the parsed MIME message.</summary>
public sealed record ReceivedEmail(string MailFrom, IReadOnlyList<string> RcptTos, string QueueId, MimeMessage Message);
