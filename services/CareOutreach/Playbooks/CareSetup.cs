using CxPlatform.Care.Domain.Playbooks;
using CxPlatform.Care.Domain.Settings;

namespace CxPlatform.Care.Playbooks;

/// <summary>A tenant's care settings, and the default playbooks when this unit of work installed them (not yet saved).</summary>
public sealed record CareSetup(CareSettings Settings, IReadOnlyList<Playbook> InstalledNow);
