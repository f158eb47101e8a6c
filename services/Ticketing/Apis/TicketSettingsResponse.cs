namespace CxPlatform.Ticketing.Apis;

public sealed record TicketSettingsResponse(int? AutoCloseAfterDays);
