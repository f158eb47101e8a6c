using CxPlatform.Care.Domain.Playbooks;

namespace CxPlatform.Care.Apis;

/// <summary>
/// A playbook; <see cref="DefaultKey"/> names the default playbook it was installed as (null for a tenant's own).
/// <see cref="InactiveDays"/> is set on inactivity playbooks only, <see cref="DateKind"/> on date playbooks only.
/// </summary>
public sealed record PlaybookResponse(
    Guid Id,
    string? DefaultKey,
    string Name,
    string? Description,
    bool Enabled,
    string Trigger,
    PlaybookConditions Conditions,
    string Action,
    string Kind,
    string? Channel,
    string Team,
    string Priority,
    IReadOnlyDictionary<string, string> Templates,
    int StartAfterMinutes,
    OutreachDue Due,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int? InactiveDays,
    string? DateKind)
{
    public static PlaybookResponse From(Playbook playbook) => new(
        playbook.Id, playbook.DefaultKey, playbook.Name, playbook.Description, playbook.Enabled, playbook.Trigger, playbook.Conditions,
        playbook.Action, playbook.Kind, playbook.Channel, playbook.Team, playbook.Priority, playbook.Templates, playbook.StartAfterMinutes,
        playbook.Due, playbook.CreatedAt, playbook.UpdatedAt, playbook.InactiveDays, playbook.DateKind);
}
