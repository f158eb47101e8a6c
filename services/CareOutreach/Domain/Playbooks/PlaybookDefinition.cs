namespace CxPlatform.Care.Domain.Playbooks;

/// <summary>
/// A validated playbook as an admin defines it (templates keyed by normalized BCP 47 language tag); <see cref="InactiveDays"/>
/// belongs to the inactivity trigger and <see cref="DateKind"/> to the date trigger only.
/// </summary>
public sealed record PlaybookDefinition(
    string Name,
    string? Description,
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
    int? InactiveDays = null,
    string? DateKind = null);
