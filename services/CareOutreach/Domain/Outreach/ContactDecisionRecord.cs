using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.Care.Domain.Outreach;

/// <summary>
/// A contact the contact budget did not let through: suppressed for good (the task is skipped) or deferred until
/// <see cref="DeferredUntil"/>, with the rule that decided it (one of <see cref="ContactRules"/>). Never changed afterwards.
/// </summary>
public sealed class ContactDecisionRecord : ITenantScoped
{
    private ContactDecisionRecord()
    {
    }

    public Guid Id { get; private set; }
    public string TenantId { get; private set; } = "";
    public Guid CustomerId { get; private set; }
    public Guid? OutreachTaskId { get; private set; }
    public string Channel { get; private set; } = "";
    public string Purpose { get; private set; } = "";
    public string Rule { get; private set; } = "";
    public DateTimeOffset DecidedAt { get; private set; }

    /// <summary>Null: suppressed. Set: the contact waits until then.</summary>
    public DateTimeOffset? DeferredUntil { get; private set; }

    public static ContactDecisionRecord For(
        OutreachTask task, Guid customerId, string purpose, string rule, DateTimeOffset? deferredUntil, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        TenantId = task.TenantId,
        CustomerId = customerId,
        OutreachTaskId = task.Id,
        Channel = task.Channel,
        Purpose = purpose,
        Rule = rule,
        DecidedAt = now,
        DeferredUntil = deferredUntil,
    };
}
