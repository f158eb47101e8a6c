using System.ComponentModel.DataAnnotations;
using CxPlatform.Care.Domain;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Api;

namespace CxPlatform.Care.Apis;

/// <param name="Source">Where the customer said it: "phone call", "unsubscribe link", "signup form".</param>
public sealed record RecordConsentRequest(
    [Required, ValueSet(typeof(ContactChannels))] string Channel,
    [Required, ValueSet(typeof(ContactPurposes))] string Purpose,
    [Required, ValueSet(typeof(ConsentDecisions))] string Decision,
    [StringLength(CustomerLimits.SourceLength)] string? Source = null);
