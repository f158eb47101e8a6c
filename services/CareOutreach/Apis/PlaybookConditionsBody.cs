using CxPlatform.ServiceDefaults.Globalization;
using System.ComponentModel.DataAnnotations;
using CxPlatform.Care.Domain;
using CxPlatform.Care.Domain.Playbooks;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Api;

namespace CxPlatform.Care.Apis;

/// <summary>
/// Conditions as sent: every one optional (absent or empty = any). Event conditions must suit the trigger (the playbook
/// request checks that); <see cref="Languages"/>, <see cref="Interests"/> and <see cref="CareConsentOn"/> test the profile.
/// </summary>
public sealed record PlaybookConditionsBody(
    [MaxLength(PlaybookLimits.MaxConditionValues), ValueSet(typeof(TicketTypes))] IReadOnlyList<string>? TicketTypes = null,
    [MaxLength(PlaybookLimits.MaxConditionValues), ValueSet(typeof(TicketPriorities))] IReadOnlyList<string>? TicketPriorities = null,
    [MaxLength(PlaybookLimits.MaxConditionValues), ValueSet(typeof(TicketChannels))] IReadOnlyList<string>? TicketChannels = null,
    [TagList] IReadOnlyList<string>? TicketTags = null,
    [MaxLength(PlaybookLimits.MaxConditionValues), ValueSet(typeof(SlaMetrics))] IReadOnlyList<string>? SlaMetrics = null,
    [MaxLength(PlaybookLimits.MaxConditionValues)] IReadOnlyList<SurveyScoreBody>? SurveyScores = null,
    [MaxLength(PlaybookLimits.MaxConditionValues), ValueSet(typeof(TouchpointKinds))] IReadOnlyList<string>? TouchpointKinds = null,
    bool? FirstPurchaseOnly = null,
    [MaxLength(PlaybookLimits.MaxConditionValues), ValueSet(typeof(RiskReasons))] IReadOnlyList<string>? RiskReasons = null,
    [MaxLength(PlaybookLimits.MaxConditionValues)] IReadOnlyList<string>? Languages = null,
    [TagList] IReadOnlyList<string>? Interests = null,
    [ValueSet(typeof(ContactChannels))] string? CareConsentOn = null) : IValidatableObject
{
    /// <summary>The event conditions that are set, by their JSON name (as <see cref="PlaybookConditions.TriggersOf"/> knows them).</summary>
    public IEnumerable<(string JsonName, string Property)> EventConditionsSet()
    {
        var set = new (bool IsSet, string Property)[]
        {
            (TicketTypes is { Count: > 0 }, nameof(TicketTypes)),
            (TicketPriorities is { Count: > 0 }, nameof(TicketPriorities)),
            (TicketChannels is { Count: > 0 }, nameof(TicketChannels)),
            (TicketTags is { Count: > 0 }, nameof(TicketTags)),
            (SlaMetrics is { Count: > 0 }, nameof(SlaMetrics)),
            (SurveyScores is { Count: > 0 }, nameof(SurveyScores)),
            (TouchpointKinds is { Count: > 0 }, nameof(TouchpointKinds)),
            (FirstPurchaseOnly is true, nameof(FirstPurchaseOnly)),
            (RiskReasons is { Count: > 0 }, nameof(RiskReasons)),
        };
        return set.Where(c => c.IsSet).Select(c => (char.ToLowerInvariant(c.Property[0]) + c.Property[1..], c.Property));
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < (Languages?.Count ?? 0); i++)
        {
            if (!LanguageTags.TryNormalize(Languages![i], out _))
            {
                yield return new ValidationResult("A language is a BCP 47 tag, e.g. de or de-CH.", [$"{nameof(Languages)}[{i}]"]);
            }
        }
        if (FirstPurchaseOnly is true && TouchpointKinds is { Count: > 0 } kinds && !kinds.SequenceEqual([Contracts.TouchpointKinds.OrderPlaced]))
        {
            yield return new ValidationResult(
                $"A first purchase is an {Contracts.TouchpointKinds.OrderPlaced} touchpoint: touchpointKinds must be [\"{Contracts.TouchpointKinds.OrderPlaced}\"] or empty.",
                [nameof(FirstPurchaseOnly)]);
        }
    }

    public PlaybookConditions ToConditions() => new(
        TicketTypes ?? [], TicketPriorities ?? [], TicketChannels ?? [], Trimmed(TicketTags), SlaMetrics ?? [],
        [.. (SurveyScores ?? []).Select(s => s.ToCondition())],
        FirstPurchaseOnly is true && TouchpointKinds is not { Count: > 0 } ? [Contracts.TouchpointKinds.OrderPlaced] : TouchpointKinds ?? [],
        FirstPurchaseOnly is true, RiskReasons ?? [],
        [.. (Languages ?? []).Select(l => LanguageTags.TryNormalize(l, out var tag) ? tag : l)], Trimmed(Interests), CareConsentOn);

    private static List<string> Trimmed(IReadOnlyList<string>? values) => [.. (values ?? []).Select(v => v.Trim())];
}
