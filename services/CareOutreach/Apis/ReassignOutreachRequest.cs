using System.ComponentModel.DataAnnotations;
using CxPlatform.Care.Domain.Outreach;

namespace CxPlatform.Care.Apis;

/// <summary>The agent to hand the task to (<c>me</c> for oneself, null to leave it to the team's queue) and, optionally, another team.</summary>
public sealed record ReassignOutreachRequest(
    [StringLength(OutreachLimits.AgentIdLength, MinimumLength = 1)] string? AssigneeId = null,
    [StringLength(63)] string? Team = null);
