using System.ComponentModel.DataAnnotations;
using CxPlatform.Care.Domain.Outreach;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Api;

namespace CxPlatform.Care.Apis;

/// <summary>How the outreach went: reached, message_sent, no_answer or declined; the customer's mood; the agent's notes.</summary>
public sealed record CompleteOutreachRequest(
    [Required, ValueSet(typeof(DoneOutcomes))] string Outcome,
    [ValueSet(typeof(Sentiments))] string? Sentiment = null,
    [StringLength(OutreachLimits.NotesLength)] string? Notes = null);
