using CxPlatform.ServiceDefaults.Domain;
using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.Surveys.Domain;

/// <summary>
/// A survey with its editable draft and its published versions 1..<see cref="PublishedVersion"/>. Publishing freezes the draft
/// as the next version; editing afterwards starts the draft of the version after it. Kind and anonymity are fixed at creation:
/// changing them would mix incomparable scores, or break the promise made to earlier respondents.
/// </summary>
public sealed class Survey : ITenantScoped
{
    private Survey()
    {
    }

    public Guid Id { get; private set; }
    public string TenantId { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string Kind { get; private set; } = "";
    public bool Anonymous { get; private set; }

    /// <summary>The definition being edited, to be published as version <see cref="DraftVersion"/>; null when nothing is being edited.</summary>
    public SurveyDefinition? Draft { get; private set; }

    /// <summary>The latest published version's number; 0 before the first publication.</summary>
    public int PublishedVersion { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>PostgreSQL's xmin: the optimistic concurrency token behind ETags.</summary>
    public uint Version { get; private set; }

    public int DraftVersion => PublishedVersion + 1;

    public static Survey Create(string tenantId, string name, string kind, bool anonymous, SurveyDefinition draft, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        TenantId = tenantId,
        Name = name,
        Kind = kind,
        Anonymous = anonymous,
        Draft = draft,
        CreatedAt = now,
        UpdatedAt = now,
    };

    /// <summary>Replaces the draft (or starts the next version's draft after a publication).</summary>
    public void ReviseDraft(string? name, SurveyDefinition draft, DateTimeOffset now)
    {
        Name = name ?? Name;
        Draft = draft;
        UpdatedAt = now;
    }

    public SurveyVersion Publish(DateTimeOffset now)
    {
        if (Draft is null)
        {
            throw new DomainRuleViolationException(
                "survey.nothing_to_publish", $"Version {PublishedVersion} is already published and there is no draft; edit the survey first.");
        }
        var version = new SurveyVersion(TenantId, Id, DraftVersion, Draft, now);
        PublishedVersion = version.Number;
        Draft = null;
        UpdatedAt = now;
        return version;
    }
}
