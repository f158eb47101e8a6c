using System.ComponentModel.DataAnnotations;
using CxPlatform.Ticketing.Domain;

namespace CxPlatform.Ticketing.Apis;

/// <summary>Subject of the new ticket; defaults to "Split from #n: …".</summary>
public sealed record SplitMessageRequest([StringLength(TicketLimits.SubjectLength, MinimumLength = 1)] string? Subject = null);
