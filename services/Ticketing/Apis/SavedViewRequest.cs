using System.ComponentModel.DataAnnotations;
using CxPlatform.Ticketing.Queues;

namespace CxPlatform.Ticketing.Apis;

public sealed record SavedViewRequest([Required, StringLength(100, MinimumLength = 1)] string Name, [Required] TicketFilter Filter);
