using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Domain;
using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.Care.Domain;

/// <summary>
/// A person a tenant cares for: who they are, how to reach them, what they like and what they agreed to. Every change
/// raises <see cref="CustomerProfileChanged"/>; a merged-away customer stays as a tombstone pointing to its survivor.
/// </summary>
public sealed class Customer : AggregateRoot, ITenantScoped
{
    private readonly List<CustomerContactPoint> _contactPoints = [];

    private Customer()
    {
    }

    public Guid Id { get; private set; }
    public string TenantId { get; private set; } = "";
    public string? FullName { get; private set; }
    public string? PreferredName { get; private set; }
    public string? Language { get; private set; }
    public string? TimeZone { get; private set; }
    public string? PreferredChannel { get; private set; }
    public TimeOnly? QuietHoursStart { get; private set; }
    public TimeOnly? QuietHoursEnd { get; private set; }
    public List<string> Interests { get; private set; } = [];
    public List<string> Likes { get; private set; } = [];
    public List<string> Dislikes { get; private set; } = [];
    public List<CustomerNote> Notes { get; private set; } = [];
    public List<ConsentChange> ConsentHistory { get; private set; } = [];
    public Guid? MergedIntoId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>PostgreSQL's xmin: the optimistic concurrency token behind ETags.</summary>
    public uint Version { get; private set; }

    public IReadOnlyList<CustomerContactPoint> ContactPoints => _contactPoints;

    public QuietHours? QuietHours => QuietHoursStart is { } start && QuietHoursEnd is { } end ? new QuietHours(start, end) : null;

    public bool IsMerged => MergedIntoId is not null;

    public string? DisplayName => PreferredName ?? FullName;

    public override string EventStreamKey => Id.ToString();

    /// <summary>The current decision per channel and purpose: the latest entry of the history for each pair.</summary>
    public IReadOnlyList<ConsentState> Consents => ConsentHistory
        .GroupBy(c => (c.Channel, c.Purpose))
        .Select(g => g.MaxBy(c => c.ChangedAt)!)
        .Select(c => new ConsentState(c.Channel, c.Purpose, c.Granted, c.ChangedAt))
        .OrderBy(c => c.Channel, StringComparer.Ordinal).ThenBy(c => c.Purpose, StringComparer.Ordinal)
        .ToList();

    public static Customer Register(
        string tenantId, IReadOnlyList<(NormalizedContactPoint ContactPoint, bool Verified)> contactPoints, CustomerDetailsChange details, DateTimeOffset now)
    {
        var customer = new Customer { Id = Guid.CreateVersion7(now), TenantId = tenantId, CreatedAt = now, UpdatedAt = now };
        var changed = customer.Apply(details);
        foreach (var (contactPoint, verified) in contactPoints)
        {
            if (customer.AddContactPointCore(contactPoint, verified, now))
            {
                changed.Add(CustomerProfileFields.ContactPoints);
            }
        }
        customer.RaiseChanged(changed, now);
        return customer;
    }

    public void Change(CustomerDetailsChange change, DateTimeOffset now)
    {
        EnsureLive();
        RaiseChanged(Apply(change), now);
    }

    /// <summary>Adds the contact point unless the customer has it already; verifying it when asked. False when nothing changed.</summary>
    public bool AddContactPoint(NormalizedContactPoint contactPoint, bool verified, DateTimeOffset now)
    {
        EnsureLive();
        var existing = _contactPoints.FirstOrDefault(c => c.Is(contactPoint));
        if (existing is not null)
        {
            return verified && !existing.IsVerified && VerifyContactPoint(existing.Id, now);
        }
        AddContactPointCore(contactPoint, verified, now);
        RaiseChanged([CustomerProfileFields.ContactPoints], now);
        return true;
    }

    /// <summary>False when the customer has no such contact point.</summary>
    public bool RemoveContactPoint(Guid contactPointId, DateTimeOffset now)
    {
        EnsureLive();
        var contactPoint = _contactPoints.FirstOrDefault(c => c.Id == contactPointId);
        if (contactPoint is null)
        {
            return false;
        }
        _contactPoints.Remove(contactPoint);
        RaiseChanged([CustomerProfileFields.ContactPoints], now);
        return true;
    }

    /// <summary>False when the customer has no such contact point; verifying a verified one changes nothing.</summary>
    public bool VerifyContactPoint(Guid contactPointId, DateTimeOffset now)
    {
        EnsureLive();
        var contactPoint = _contactPoints.FirstOrDefault(c => c.Id == contactPointId);
        if (contactPoint is null)
        {
            return false;
        }
        if (!contactPoint.IsVerified)
        {
            contactPoint.Verify(now);
            RaiseChanged([CustomerProfileFields.ContactPoints], now);
        }
        return true;
    }

    /// <summary>Records the customer's decision; the history keeps every decision, the latest one per channel and purpose counts.</summary>
    public void RecordConsent(string channel, string purpose, bool granted, string changedBy, string? source, DateTimeOffset now)
    {
        EnsureLive();
        ConsentHistory = [.. ConsentHistory, new ConsentChange(channel, purpose, granted, changedBy, now, source)];
        RaiseChanged([CustomerProfileFields.Consent], now);
    }

    /// <summary>Notes are for care agents only; they are not part of what other services cache, so no event is raised.</summary>
    public void AddNote(string text, string author, DateTimeOffset now)
    {
        EnsureLive();
        Notes = [.. Notes, new CustomerNote(text, author, now)];
        UpdatedAt = now;
    }

    /// <summary>
    /// Takes over <paramref name="duplicate"/>: its contact points and consent history move here, blank details are filled
    /// from it, lists are joined, and it becomes a tombstone pointing here. Both raise <see cref="CustomerProfileChanged"/>.
    /// </summary>
    public void Absorb(Customer duplicate, DateTimeOffset now)
    {
        EnsureLive();
        if (duplicate.Id == Id)
        {
            throw new DomainRuleViolationException("customer.merge_into_itself", "A customer cannot be merged into itself.");
        }
        duplicate.EnsureLive();
        var changed = Apply(new CustomerDetailsChange(
            FullName ?? duplicate.FullName, PreferredName ?? duplicate.PreferredName, Language ?? duplicate.Language,
            TimeZone ?? duplicate.TimeZone, PreferredChannel ?? duplicate.PreferredChannel,
            ChangeQuietHours: QuietHours is null && duplicate.QuietHours is not null && (TimeZone ?? duplicate.TimeZone) is not null,
            duplicate.QuietHours, [.. Interests, .. duplicate.Interests], [.. Likes, .. duplicate.Likes], [.. Dislikes, .. duplicate.Dislikes]));
        foreach (var contactPoint in duplicate._contactPoints.ToList())
        {
            duplicate._contactPoints.Remove(contactPoint);
            _contactPoints.Add(contactPoint);
            changed.Add(CustomerProfileFields.ContactPoints);
        }
        if (duplicate.ConsentHistory.Count > 0)
        {
            ConsentHistory = [.. ConsentHistory.Concat(duplicate.ConsentHistory).OrderBy(c => c.ChangedAt)];
            changed.Add(CustomerProfileFields.Consent);
        }
        Notes = [.. Notes.Concat(duplicate.Notes).OrderBy(n => n.At)];

        duplicate.ConsentHistory = [];
        duplicate.MergedIntoId = Id;
        duplicate.UpdatedAt = now;
        duplicate.Raise(new CustomerProfileChanged(
            duplicate.TenantId, Guid.CreateVersion7(now), now, duplicate.Id, [CustomerProfileFields.MergedInto], Id));
        UpdatedAt = now;
        Raise(new CustomerProfileChanged(TenantId, Guid.CreateVersion7(now), now, Id, Ordered(changed), null));
    }

    /// <summary>An earlier tombstone of a customer that has now been merged on: it points straight at the new survivor.</summary>
    public void RedirectMergeTo(Guid survivorId, DateTimeOffset now)
    {
        if (MergedIntoId is not null && MergedIntoId != survivorId)
        {
            MergedIntoId = survivorId;
            UpdatedAt = now;
        }
    }

    private HashSet<string> Apply(CustomerDetailsChange change)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        var timeZone = Updated(TimeZone, change.TimeZone);
        var quietHours = change.ChangeQuietHours ? change.QuietHours : QuietHours;
        if (quietHours is not null && timeZone is null)
        {
            throw new DomainRuleViolationException(
                "customer.quiet_hours_need_time_zone", "Quiet hours are local times: the customer needs a time zone to have them.");
        }
        if (quietHours is not null && quietHours.Start == quietHours.End)
        {
            throw new DomainRuleViolationException("customer.quiet_hours_empty", "Quiet hours need different start and end times.");
        }

        FullName = Track(FullName, Updated(FullName, change.FullName), CustomerProfileFields.Name);
        PreferredName = Track(PreferredName, Updated(PreferredName, change.PreferredName), CustomerProfileFields.Name);
        Language = Track(Language, Updated(Language, change.Language), CustomerProfileFields.Language);
        TimeZone = Track(TimeZone, timeZone, CustomerProfileFields.TimeZone);
        PreferredChannel = Track(PreferredChannel, Updated(PreferredChannel, change.PreferredChannel), CustomerProfileFields.PreferredChannel);
        if (quietHours != QuietHours)
        {
            (QuietHoursStart, QuietHoursEnd) = (quietHours?.Start, quietHours?.End);
            changed.Add(CustomerProfileFields.QuietHours);
        }
        Interests = TrackList(Interests, change.Interests);
        Likes = TrackList(Likes, change.Likes);
        Dislikes = TrackList(Dislikes, change.Dislikes);
        return changed;

        string? Track(string? before, string? after, string field)
        {
            if (before != after)
            {
                changed.Add(field);
            }
            return after;
        }

        List<string> TrackList(List<string> before, IReadOnlyList<string>? requested)
        {
            if (requested is null)
            {
                return before;
            }
            var after = requested.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (!after.SequenceEqual(before, StringComparer.Ordinal))
            {
                changed.Add(CustomerProfileFields.Interests);
            }
            return after;
        }
    }

    private static string? Updated(string? current, string? requested) => requested switch
    {
        null => current,
        _ when string.IsNullOrWhiteSpace(requested) => null,
        _ => requested.Trim(),
    };

    private bool AddContactPointCore(NormalizedContactPoint contactPoint, bool verified, DateTimeOffset now)
    {
        if (_contactPoints.Any(c => c.Is(contactPoint)))
        {
            return false;
        }
        _contactPoints.Add(new CustomerContactPoint(TenantId, contactPoint, verified, now));
        return true;
    }

    private void RaiseChanged(IEnumerable<string> changedFields, DateTimeOffset now)
    {
        var fields = Ordered(changedFields);
        if (fields.Count == 0)
        {
            return;
        }
        UpdatedAt = now;
        Raise(new CustomerProfileChanged(TenantId, Guid.CreateVersion7(now), now, Id, fields, null));
    }

    private static List<string> Ordered(IEnumerable<string> fields)
    {
        var set = fields.ToHashSet(StringComparer.Ordinal);
        return CustomerProfileFields.All.Where(set.Contains).ToList();
    }

    private void EnsureLive()
    {
        if (IsMerged)
        {
            throw new DomainRuleViolationException("customer.merged", "This customer was merged into another; change the surviving profile.");
        }
    }
}
