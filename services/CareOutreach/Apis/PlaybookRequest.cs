using CxPlatform.ServiceDefaults.Globalization;
using System.ComponentModel.DataAnnotations;
using CxPlatform.Care.Domain;
using CxPlatform.Care.Domain.Outreach;
using CxPlatform.Care.Domain.Playbooks;
using CxPlatform.Care.Domain.Templates;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Api;

namespace CxPlatform.Care.Apis;

/// <summary>
/// A playbook as an admin writes it (create and replace). Beyond each field's own rules: event conditions must suit the
/// trigger, templates are keyed by BCP 47 language tag and may only use the placeholders of the trigger, and the team must
/// be one of the care settings' teams (checked by the endpoint). The time triggers take their parameter: <c>inactivity</c>
/// needs <see cref="InactiveDays"/> (1–3650), <c>date</c> needs <see cref="DateKind"/>; neither is allowed on another trigger.
/// </summary>
public sealed record PlaybookRequest(
    [Required, StringLength(PlaybookLimits.NameLength, MinimumLength = 1)] string Name,
    [Required, ValueSet(typeof(PlaybookTriggers))] string Trigger,
    [Required, ValueSet(typeof(PlaybookActions))] string Action,
    [Required, ValueSet(typeof(OutreachKinds))] string Kind,
    [Required, StringLength(63)] string Team,
    [Required, ValueSet(typeof(OutreachPriorities))] string Priority,
    [Required, MinLength(1), MaxLength(PlaybookLimits.MaxTemplates)] IReadOnlyDictionary<string, string> Templates,
    [Required] DueBody Due,
    PlaybookConditionsBody? Conditions = null,
    [ValueSet(typeof(ContactChannels))] string? Channel = null,
    [Range(0, PlaybookLimits.MaxStartAfterMinutes)] int StartAfterMinutes = 0,
    [StringLength(PlaybookLimits.DescriptionLength)] string? Description = null,
    bool Enabled = true,
    [Range(TimeTriggerRules.MinInactiveDays, TimeTriggerRules.MaxInactiveDays)] int? InactiveDays = null,
    [ValueSet(typeof(PlaybookDateKinds))] string? DateKind = null) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var knownTrigger = Trigger is not null && PlaybookTriggers.All.Contains(Trigger);
        if (knownTrigger && Trigger == PlaybookTriggers.Inactivity && InactiveDays is null)
        {
            yield return new ValidationResult(
                $"An inactivity playbook needs inactiveDays: the days without activity ({TimeTriggerRules.MinInactiveDays}–{TimeTriggerRules.MaxInactiveDays}).", [nameof(InactiveDays)]);
        }
        else if (knownTrigger && Trigger != PlaybookTriggers.Inactivity && InactiveDays is not null)
        {
            yield return new ValidationResult($"inactiveDays belongs to the {PlaybookTriggers.Inactivity} trigger, not to {Trigger}.", [nameof(InactiveDays)]);
        }
        if (knownTrigger && Trigger == PlaybookTriggers.Date && DateKind is null)
        {
            yield return new ValidationResult(
                $"A date playbook needs dateKind: whose anniversary ({string.Join(", ", PlaybookDateKinds.All)}).", [nameof(DateKind)]);
        }
        else if (knownTrigger && Trigger != PlaybookTriggers.Date && DateKind is not null)
        {
            yield return new ValidationResult($"dateKind belongs to the {PlaybookTriggers.Date} trigger, not to {Trigger}.", [nameof(DateKind)]);
        }
        foreach (var (jsonName, property) in Conditions?.EventConditionsSet() ?? [])
        {
            var triggers = PlaybookConditions.TriggersOf(jsonName);
            if (knownTrigger && !triggers.Contains(Trigger!))
            {
                yield return new ValidationResult(
                    $"{jsonName} is a condition on {string.Join(" or ", triggers)} events, not on {Trigger}.", [$"{nameof(Conditions)}.{property}"]);
            }
        }
        var languages = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (language, text) in Templates ?? new Dictionary<string, string>())
        {
            var field = $"{nameof(Templates)}[{language}]";
            if (!LanguageTags.TryNormalize(language, out var tag))
            {
                yield return new ValidationResult($"'{language}' is not a BCP 47 language tag, e.g. de or de-CH.", [field]);
            }
            else if (!languages.Add(tag))
            {
                yield return new ValidationResult($"There are two templates for {tag}.", [field]);
            }
            if (string.IsNullOrWhiteSpace(text) || text.Length > TemplateText.MaxLength)
            {
                yield return new ValidationResult($"A template has 1 to {TemplateText.MaxLength} characters.", [field]);
            }
            else if (knownTrigger && TemplatePlaceholders.Problem(Trigger!, text) is { } problem)
            {
                yield return new ValidationResult(problem, [field]);
            }
        }
    }

    public PlaybookDefinition ToDefinition() => new(
        Name.Trim(), string.IsNullOrWhiteSpace(Description) ? null : Description.Trim(), Trigger,
        Conditions?.ToConditions() ?? PlaybookConditions.None, Action, Kind, Channel, Team, Priority,
        Templates.ToDictionary(t => LanguageTags.TryNormalize(t.Key, out var tag) ? tag : t.Key, t => t.Value, StringComparer.Ordinal),
        StartAfterMinutes, Due.ToDue(), InactiveDays, DateKind);
}
