using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.Care.Domain.Goals;

/// <summary>
/// A tenant's promise about care, e.g. "95% of SLA breaches apologised for within 2 business hours": every outreach task a
/// linked playbook plans while the goal is enabled is an obligation due at the task's due time, and the goal is attained
/// in a period when at least <see cref="TargetRate"/> of the obligations due in it were met.
/// </summary>
public sealed class CareGoal : ITenantScoped
{
    private CareGoal()
    {
    }

    public Guid Id { get; private set; }
    public string TenantId { get; private set; } = "";

    /// <summary>Set on the goals CareOutreach installs (e.g. "sla-breach-apology"); null on a tenant's own.</summary>
    public string? DefaultKey { get; private set; }

    public string Name { get; private set; } = "";
    public string? Description { get; private set; }

    /// <summary>The team accountable for the goal; one of the care settings' teams.</summary>
    public string Team { get; private set; } = "";

    /// <summary>The playbooks whose outreach counts toward the goal; a playbook counts toward at most one goal.</summary>
    public List<Guid> PlaybookIds { get; private set; } = [];

    /// <summary>The share of obligations to meet, above 0 and at most 1 ("every" is 1).</summary>
    public double TargetRate { get; private set; }

    /// <summary>One of <see cref="GoalPeriods"/>.</summary>
    public string Period { get; private set; } = "";

    public bool Enabled { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>PostgreSQL's xmin: the optimistic concurrency token behind ETags.</summary>
    public uint Version { get; private set; }

    public static CareGoal Create(string tenantId, CareGoalDefinition definition, bool enabled, DateTimeOffset now, string? defaultKey = null)
    {
        var goal = new CareGoal { Id = Guid.CreateVersion7(now), TenantId = tenantId, DefaultKey = defaultKey, Enabled = enabled, CreatedAt = now };
        goal.Redefine(definition, now);
        return goal;
    }

    public void Redefine(CareGoalDefinition definition, DateTimeOffset now)
    {
        if (definition.TargetRate is <= 0 or > 1 || double.IsNaN(definition.TargetRate))
        {
            throw new ArgumentOutOfRangeException(nameof(definition), "A target rate is above 0 and at most 1.");
        }
        Name = definition.Name;
        Description = definition.Description;
        Team = definition.Team;
        PlaybookIds = [.. definition.PlaybookIds.Distinct()];
        TargetRate = definition.TargetRate;
        Period = definition.Period;
        UpdatedAt = now;
    }

    public void Enable(DateTimeOffset now) => (Enabled, UpdatedAt) = (true, now);

    public void Disable(DateTimeOffset now) => (Enabled, UpdatedAt) = (false, now);
}
