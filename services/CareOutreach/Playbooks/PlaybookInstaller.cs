using CxPlatform.Care.Domain.Playbooks;
using CxPlatform.Care.Domain.Settings;
using CxPlatform.Care.Infrastructure;
using CxPlatform.Care.Infrastructure.EntityConfigurations;
using CxPlatform.ServiceDefaults.Data;
using CxPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Care.Playbooks;

/// <summary>
/// Installs a tenant's care settings and default playbooks the first time the tenant needs them (its first playbook or
/// settings request, or its first triggering event), exactly once: the insert of the tenant's installation marker decides,
/// and a concurrent second installer waits for the first to commit and then finds everything in place.
/// </summary>
public sealed class PlaybookInstaller(CareDbContext db, ITenantContext tenant, TimeProvider time)
{
    /// <summary>Adds what is missing to the context without saving it (a consumer's inbox transaction saves it).</summary>
    public async Task<CareSetup> EnsureInstalledAsync(CancellationToken cancellationToken)
    {
        if (db.CareSettings.Local.FirstOrDefault() is { } tracked)
        {
            return new CareSetup(tracked, []);
        }
        if (await db.PlaybookInstallations.AnyAsync(cancellationToken) || !await ClaimInstallationAsync(cancellationToken))
        {
            return new CareSetup(await db.CareSettings.SingleAsync(cancellationToken), []);
        }
        var now = time.GetUtcNow();
        var settings = CareSettings.Default(tenant.RequiredTenantId, now);
        var playbooks = DefaultPlaybooks.All
            .Select(d => Playbook.Create(tenant.RequiredTenantId, d.Definition, enabled: !DefaultPlaybooks.InstalledDisabled.Contains(d.Key), now, d.Key))
            .ToList();
        db.CareSettings.Add(settings);
        db.Playbooks.AddRange(playbooks);
        return new CareSetup(settings, playbooks);
    }

    /// <summary>For endpoints: installs and saves in one transaction (joining the request's, if it has one); the settings, tracked.</summary>
    public async Task<CareSettings> EnsureInstalledAndSavedAsync(CancellationToken cancellationToken)
    {
        if (await db.PlaybookInstallations.AnyAsync(cancellationToken))
        {
            return await db.CareSettings.SingleAsync(cancellationToken);
        }
        await using var transaction = await db.Database.BeginOrJoinTransactionAsync(cancellationToken);
        var setup = await EnsureInstalledAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return setup.Settings;
    }

    private async Task<bool> ClaimInstallationAsync(CancellationToken cancellationToken)
    {
        var tenantId = tenant.RequiredTenantId;
        var now = time.GetUtcNow();
        return await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO playbook_installations ("TenantId", "InstalledAt") VALUES ({tenantId}, {now})
            ON CONFLICT DO NOTHING
            """,
            cancellationToken) == 1;
    }
}
