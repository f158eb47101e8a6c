using System.ComponentModel.DataAnnotations;
using CxPlatform.Care.Domain.Outreach;
using CxPlatform.ServiceDefaults.Api;

namespace CxPlatform.Care.Apis;

/// <summary>
/// A queue's filters: statuses (default: the open ones), team, assignee (an agent id, <c>me</c> or <c>unassigned</c>),
/// customer, automated or not, due before an instant; <c>limit</c> 1–100 (25) and the <c>cursor</c> of the previous page.
/// </summary>
public sealed record OutreachTaskQuery(
    [ValueSet(typeof(OutreachStatuses))] string[]? Status,
    [StringLength(63)] string? Team,
    [StringLength(OutreachLimits.AgentIdLength)] string? Assignee,
    Guid? CustomerId,
    bool? Automated,
    DateTimeOffset? DueBefore,
    [Range(1, OutreachTaskQuery.MaxPageSize)] int? Limit,
    string? Cursor)
{
    public const string Unassigned = "unassigned";
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;
}
