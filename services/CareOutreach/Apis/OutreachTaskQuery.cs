using CxPlatform.Care.Domain.Outreach;
using CxPlatform.ServiceDefaults.Errors;

namespace CxPlatform.Care.Apis;

/// <summary>
/// A queue's filters: statuses (default: the open ones), team, assignee (an agent id, <c>me</c> or <c>unassigned</c>),
/// customer, automated or not, due before an instant; <c>limit</c> 1–100 (25) and the <c>cursor</c> of the previous page.
/// </summary>
/// <remarks>
/// Checked by <see cref="EnsureValid"/> rather than validation attributes: attributes on an <c>[AsParameters]</c> record break
/// the OpenAPI document (dotnet/aspnetcore#65348).
/// </remarks>
public sealed record OutreachTaskQuery(
    string[]? Status,
    string? Team,
    string? Assignee,
    Guid? CustomerId,
    bool? Automated,
    DateTimeOffset? DueBefore,
    int? Limit,
    string? Cursor)
{
    public const string Unassigned = "unassigned";
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;

    public void EnsureValid()
    {
        if (Status?.FirstOrDefault(s => !OutreachStatuses.All.Contains(s)) is { } unknown)
        {
            throw new InvalidRequestException("status", $"'{unknown}' is not a status; use one of {string.Join(", ", OutreachStatuses.All)}.");
        }
        if (Limit is < 1 or > MaxPageSize)
        {
            throw new InvalidRequestException("limit", $"The limit is between 1 and {MaxPageSize}.");
        }
        if (Team?.Length > 63 || Assignee?.Length > OutreachLimits.AgentIdLength)
        {
            throw new InvalidRequestException(Team?.Length > 63 ? "team" : "assignee", "The value is too long.");
        }
    }
}
