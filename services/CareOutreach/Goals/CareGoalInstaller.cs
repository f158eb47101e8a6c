using CxPlatform.Care.Domain.Goals;
using CxPlatform.Care.Domain.Playbooks;
using CxPlatform.Care.Domain.Settings;
using CxPlatform.Care.Infrastructure;
using CxPlatform.Care.Playbooks;
using CxPlatform.ServiceDefaults.Data;
using CxPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Care.Goals;

/// <summary>
/// Installs a tenant's default care goals, linked to its default playbooks, the first time the tenant needs them, exactly
/// once: like <see cref="PlaybookInstaller"/>, the insert of the tenant's marker row decides. A default playbook the tenant
/// already deleted gets no goal.
/// </summary>
public sealed class CareGoalInstaller(CareDbContext db, PlaybookInstaller playbooks, ITenantContext tenant, TimeProvider time)
{
    /// <summary>Adds the default goals to the context without saving them; returns them, or nothing when they were installed before.</summary>
    public async Task<IReadOnlyList<CareGoal>> EnsureInstalledAsync(IReadOnlyList<Playbook> playbooksInstalledNow, CancellationToken cancellationToken)
    {
        if (await db.CareGoalInstallations.AnyAsync(cancellationToken) || !await ClaimInstallationAsync(cancellationToken))
        {
            return [];
        }
        var defaults = playbooksInstalledNow.Count > 0
            ? playbooksInstalledNow
            : await db.Playbooks.AsNoTracking().Where(p => p.DefaultKey != null).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        var goals = DefaultCareGoals.All
            .Select(d => (d.PlaybookKey, d.Definition, Playbook: defaults.FirstOrDefault(p => p.DefaultKey == d.PlaybookKey)))
            .Where(d => d.Playbook is not null)
            .Select(d => CareGoal.Create(
                tenant.RequiredTenantId, d.Definition with { Team = d.Playbook!.Team, PlaybookIds = [d.Playbook.Id] }, enabled: true, now, d.PlaybookKey))
            .ToList();
        db.CareGoals.AddRange(goals);
        return goals;
    }

    /// <summary>For endpoints: installs the care settings, playbooks and goals and saves them; the settings.</summary>
    public async Task<CareSettings> EnsureInstalledAndSavedAsync(CancellationToken cancellationToken)
    {
        var settings = await playbooks.EnsureInstalledAndSavedAsync(cancellationToken);
        if (await db.CareGoalInstallations.AnyAsync(cancellationToken))
        {
            return settings;
        }
        await using var transaction = await db.Database.BeginOrJoinTransactionAsync(cancellationToken);
        await EnsureInstalledAsync([], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return settings;
    }

    private async Task<bool> ClaimInstallationAsync(CancellationToken cancellationToken)
    {
        var tenantId = tenant.RequiredTenantId;
        var now = time.GetUtcNow();
        return await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO care_goal_installations ("TenantId", "InstalledAt") VALUES ({tenantId}, {now})
            ON CONFLICT DO NOTHING
            """,
            cancellationToken) == 1;
    }
}
