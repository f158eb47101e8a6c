using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.ServiceDefaults.Tests.Sample;

/// <summary>One row per consumption: deliberately not idempotent, so a double effect shows as two rows.</summary>
public sealed class NoteEffect : ITenantScoped
{
    public long Id { get; set; }
    public string TenantId { get; set; } = "";
    public Guid NoteId { get; set; }
    public int NotesVisibleToConsumer { get; set; }
}
