using CxPlatform.Care.Domain.Playbooks;
using CxPlatform.Care.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Care.Goals;

/// <summary>Which enabled care goal each playbook's outreach counts toward (installing the default goals on first use).</summary>
public sealed class CareGoalLinks(CareDbContext db, CareGoalInstaller installer)
{
    /// <returns>Goal ids by playbook id; a playbook without an enabled goal is absent.</returns>
    public async Task<IReadOnlyDictionary<Guid, Guid>> ByPlaybookAsync(IReadOnlyList<Playbook> playbooksInstalledNow, CancellationToken cancellationToken)
    {
        var installedNow = await installer.EnsureInstalledAsync(playbooksInstalledNow, cancellationToken);
        var goals = installedNow.Count > 0
            ? installedNow
            : await db.CareGoals.AsNoTracking().Where(g => g.Enabled).OrderBy(g => g.CreatedAt).ToListAsync(cancellationToken);
        return goals
            .Where(g => g.Enabled)
            .SelectMany(g => g.PlaybookIds.Select(playbookId => (PlaybookId: playbookId, GoalId: g.Id)))
            .DistinctBy(link => link.PlaybookId)
            .ToDictionary(link => link.PlaybookId, link => link.GoalId);
    }
}
