using System.ComponentModel.DataAnnotations;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Api;

namespace CxPlatform.Ticketing.Apis;

public sealed record ChangeStatusRequest([Required, ValueSet(typeof(TicketStatuses))] string Status);
