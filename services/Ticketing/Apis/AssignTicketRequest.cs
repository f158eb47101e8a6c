using System.ComponentModel.DataAnnotations;

namespace CxPlatform.Ticketing.Apis;

/// <summary>Both null unassigns. A group without an agent lets the group's assignment mode pick one.</summary>
public sealed record AssignTicketRequest(Guid? GroupId, [StringLength(200, MinimumLength = 1)] string? AssigneeId);
