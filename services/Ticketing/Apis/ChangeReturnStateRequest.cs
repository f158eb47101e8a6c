using System.ComponentModel.DataAnnotations;
using CxPlatform.ServiceDefaults.Api;
using CxPlatform.Ticketing.Domain;

namespace CxPlatform.Ticketing.Apis;

public sealed record ChangeReturnStateRequest([Required, ValueSet(typeof(ReturnStates))] string State);
