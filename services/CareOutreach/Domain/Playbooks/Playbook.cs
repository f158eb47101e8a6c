using CxPlatform.Care.Domain.Outreach;
using CxPlatform.Care.Domain.Settings;
using CxPlatform.Care.Domain.Templates;
using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.Care.Domain.Playbooks;

/// <summary>
/// A tenant's rule for caring: when <see cref="Trigger"/> arrives and <see cref="Conditions"/> hold, create an outreach of
/// <see cref="Kind"/> for <see cref="Team"/>, worded by the template in the customer's language, actionable
/// <see cref="StartAfterMinutes"/> after the event and due <see cref="Due"/> after that.
/// </summary>
public sealed class Playbook : ITenantScoped
{
    private Playbook()
    {
    }

    public Guid Id { get; private set; }
    public string TenantId { get; private set; } = "";

    /// <summary>Set on the playbooks CareOutreach installs (e.g. "sla-breach-apology"); null on a tenant's own.</summary>
    public string? DefaultKey { get; private set; }

    public string Name { get; private set; } = "";
    public string? Description { get; private set; }
    public bool Enabled { get; private set; }
    public string Trigger { get; private set; } = "";

    /// <summary>For <see cref="PlaybookTriggers.Inactivity"/>: how many days without activity make a customer inactive.</summary>
    public int? InactiveDays { get; private set; }

    /// <summary>For <see cref="PlaybookTriggers.Date"/>: whose anniversary (<see cref="PlaybookDateKinds"/>).</summary>
    public string? DateKind { get; private set; }

    public PlaybookConditions Conditions { get; private set; } = PlaybookConditions.None;
    public string Action { get; private set; } = "";
    public string Kind { get; private set; } = "";

    /// <summary>A fixed channel; null: the customer's preferred channel where they consented, else a fallback.</summary>
    public string? Channel { get; private set; }

    public string Team { get; private set; } = "";
    public string Priority { get; private set; } = "";
    public Dictionary<string, string> Templates { get; private set; } = [];
    public int StartAfterMinutes { get; private set; }
    public int DueMinutes { get; private set; }
    public string DueClock { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>PostgreSQL's xmin: the optimistic concurrency token behind ETags.</summary>
    public uint Version { get; private set; }

    public bool IsAutomated => Action == PlaybookActions.AutomatedMessage;

    public bool IsTimeTriggered => PlaybookTriggers.Time.Contains(Trigger);

    public OutreachDue Due => new(DueMinutes, DueClock);

    public static Playbook Create(string tenantId, PlaybookDefinition definition, bool enabled, DateTimeOffset now, string? defaultKey = null)
    {
        var playbook = new Playbook { Id = Guid.CreateVersion7(now), TenantId = tenantId, DefaultKey = defaultKey, Enabled = enabled, CreatedAt = now };
        playbook.Redefine(definition, now);
        return playbook;
    }

    public void Redefine(PlaybookDefinition definition, DateTimeOffset now)
    {
        Name = definition.Name;
        Description = definition.Description;
        Trigger = definition.Trigger;
        InactiveDays = definition.Trigger == PlaybookTriggers.Inactivity ? definition.InactiveDays : null;
        DateKind = definition.Trigger == PlaybookTriggers.Date ? definition.DateKind : null;
        Conditions = definition.Conditions;
        Action = definition.Action;
        Kind = definition.Kind;
        Channel = definition.Channel;
        Team = definition.Team;
        Priority = definition.Priority;
        Templates = new Dictionary<string, string>(definition.Templates, StringComparer.Ordinal);
        StartAfterMinutes = definition.StartAfterMinutes;
        (DueMinutes, DueClock) = (definition.Due.Minutes, definition.Due.Clock);
        UpdatedAt = now;
    }

    public void Enable(DateTimeOffset now) => (Enabled, UpdatedAt) = (true, now);

    public void Disable(DateTimeOffset now) => (Enabled, UpdatedAt) = (false, now);

    public bool AppliesTo(PlaybookEvent triggering, Customer customer) =>
        Enabled && Trigger == triggering.Trigger && Conditions.Matches(triggering.Facts, customer);

    /// <summary>
    /// The task this playbook asks for: actionable <see cref="StartAfterMinutes"/> after the event (or now, for an event
    /// stamped in the future), due <see cref="Due"/> after that in the care team's hours, worded in the customer's language.
    /// </summary>
    public OutreachTaskDraft Plan(PlaybookEvent triggering, Customer customer, CareSettings settings, DateTimeOffset now)
    {
        var start = triggering.OccurredAt < now ? triggering.OccurredAt : now;
        var scheduledFor = (start + TimeSpan.FromMinutes(StartAfterMinutes)).ToUniversalTime();
        var dueAt = Due.DueAfter(scheduledFor, settings.ToBusinessCalendar());
        var language = TemplateLanguages.Choose(Templates.Keys, customer.Language, settings.DefaultLanguage);
        var values = new Dictionary<string, object?>(triggering.Values, StringComparer.Ordinal)
        {
            [TemplatePlaceholders.PreferredName] = customer.PreferredName,
            [TemplatePlaceholders.FullName] = customer.FullName,
        };
        var zone = TimeZones.TryFind(customer.TimeZone, out var customerZone) ? customerZone : TimeZones.Find(settings.TimeZone);
        // Dates and numbers as the customer's own locale writes them when it speaks the template's language ("en-GB" for "en").
        var locale = customer.Language is { } spoken && spoken.StartsWith(language + "-", StringComparison.OrdinalIgnoreCase) ? spoken : language;
        var text = TemplateRenderer.Render(Templates[language], locale, values, zone);
        return new OutreachTaskDraft(
            customer.Id, Kind, OutreachChannelChoice.For(customer, Channel), IsAutomated, Team, Priority, language, text,
            scheduledFor, dueAt, Id, triggering.EventId, triggering.RelatedTicketId);
    }
}
