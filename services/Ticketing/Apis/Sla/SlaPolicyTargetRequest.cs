using System.ComponentModel.DataAnnotations;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Api;
using CxPlatform.Ticketing.Domain.Sla;

namespace CxPlatform.Ticketing.Apis.Sla;

/// <summary>A goal for one metric (first_reply, next_reply, resolution), in business minutes of the policy's calendar.</summary>
public sealed record SlaPolicyTargetRequest(
    [Required, ValueSet(typeof(SlaMetrics))] string Metric,
    [Range(1, SlaLimits.MaxGoalMinutes)] int Minutes);
