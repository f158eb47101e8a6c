using CxPlatform.Contracts;

namespace CxPlatform.Care.Domain.Playbooks;

/// <summary>
/// When a playbook applies. Every condition is optional (empty = any) and all given ones must hold; a list matches when the
/// event or profile has any of its values. Event conditions only make sense for some triggers (see <see cref="TriggersOf"/>);
/// profile conditions (languages, interests, care consent) apply to every trigger.
/// </summary>
public sealed record PlaybookConditions(
    IReadOnlyList<string> TicketTypes,
    IReadOnlyList<string> TicketPriorities,
    IReadOnlyList<string> TicketChannels,
    IReadOnlyList<string> TicketTags,
    IReadOnlyList<string> SlaMetrics,
    IReadOnlyList<SurveyScoreCondition> SurveyScores,
    IReadOnlyList<string> TouchpointKinds,
    bool FirstPurchaseOnly,
    IReadOnlyList<string> RiskReasons,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Interests,
    string? CareConsentOn)
{
    public static PlaybookConditions None { get; } = new([], [], [], [], [], [], [], false, [], [], [], null);

    /// <summary>The triggers whose events carry what an event condition tests, by the condition's JSON name.</summary>
    public static IReadOnlyList<string> TriggersOf(string condition) => condition switch
    {
        "ticketTypes" or "ticketPriorities" or "ticketChannels" => [PlaybookTriggers.SlaBreached, PlaybookTriggers.TicketSolved],
        "ticketTags" => [PlaybookTriggers.TicketSolved],
        "slaMetrics" => [PlaybookTriggers.SlaBreached],
        "surveyScores" => [PlaybookTriggers.SurveyResponded],
        "touchpointKinds" or "firstPurchaseOnly" => [PlaybookTriggers.TouchpointRecorded],
        "riskReasons" => [PlaybookTriggers.CustomerAtRisk],
        _ => PlaybookTriggers.All,
    };

    public bool Matches(PlaybookEventFacts facts, Customer customer) =>
        AnyOf(TicketTypes, facts.TicketType)
        && AnyOf(TicketPriorities, facts.TicketPriority)
        && AnyOf(TicketChannels, facts.TicketChannel)
        && Overlaps(TicketTags, facts.TicketTags)
        && AnyOf(SlaMetrics, facts.SlaMetric)
        && (SurveyScores.Count == 0 || SurveyScores.Any(s => s.Matches(facts.SurveyKind, facts.Score)))
        && AnyOf(TouchpointKinds, facts.TouchpointKind)
        && (!FirstPurchaseOnly || facts is { TouchpointKind: Contracts.TouchpointKinds.OrderPlaced, IsFirstPurchase: true })
        && Overlaps(RiskReasons, facts.RiskReasons)
        && (Languages.Count == 0 || customer.Language is { } language && Languages.Any(tag => SpeaksLanguage(language, tag)))
        && Overlaps(Interests, customer.Interests)
        && (CareConsentOn is null || customer.Consents.Any(c => c is { Purpose: ContactPurposes.Care, Granted: true } && c.Channel == CareConsentOn));

    /// <summary>"de-CH" speaks "de" and "de-CH", not "de-AT".</summary>
    private static bool SpeaksLanguage(string customerLanguage, string tag) =>
        customerLanguage.Equals(tag, StringComparison.OrdinalIgnoreCase)
        || customerLanguage.StartsWith(tag + "-", StringComparison.OrdinalIgnoreCase);

    private static bool AnyOf(IReadOnlyList<string> allowed, string? value) =>
        allowed.Count == 0 || value is not null && allowed.Contains(value, StringComparer.Ordinal);

    private static bool Overlaps(IReadOnlyList<string> wanted, IReadOnlyList<string>? actual) =>
        wanted.Count == 0 || actual is not null && wanted.Any(w => actual.Contains(w, StringComparer.OrdinalIgnoreCase));
}
