using System.ComponentModel.DataAnnotations;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Api;

namespace CxPlatform.Ticketing.Queues;

/// <summary>
/// A work queue: every condition given must hold (values of one condition are alternatives). <c>assignee</c> and <c>group</c>
/// take <c>me</c> (assignee only) or <c>none</c> besides ids; <c>breached</c> means an SLA target is overdue and not yet met;
/// <c>q</c> searches subject, description and every message.
/// </summary>
public sealed record TicketFilter(
    [ValueSet(typeof(TicketStatuses))] string[]? Status = null,
    [ValueSet(typeof(TicketPriorities))] string[]? Priority = null,
    [ValueSet(typeof(TicketChannels))] string[]? Channel = null,
    [ValueSet(typeof(TicketTypes))] string[]? Type = null,
    [StringLength(200)] string? Assignee = null,
    [StringLength(36)] string? Group = null,
    [StringLength(50)] string? Tag = null,
    bool? Breached = null,
    [StringLength(200)] string? Q = null,
    [ValueSet(typeof(TicketSorts))] string? Sort = null)
{
    public const string Me = "me";
    public const string None = "none";
}
