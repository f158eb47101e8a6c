using System.ComponentModel.DataAnnotations;

namespace CxPlatform.Ticketing.Apis;

/// <summary>Null turns automatic closing off.</summary>
public sealed record TicketSettingsRequest([Range(1, 365)] int? AutoCloseAfterDays);
