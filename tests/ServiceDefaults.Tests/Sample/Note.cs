using CxPlatform.ServiceDefaults.Domain;
using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.ServiceDefaults.Tests.Sample;

public sealed class Note : AggregateRoot, ITenantScoped
{
    private Note()
    {
    }

    public Guid Id { get; private set; }
    public string TenantId { get; private set; } = "";
    public string Text { get; private set; } = "";
    public int Revision { get; private set; }

    public override string EventStreamKey => Id.ToString();

    public static Note Add(string tenantId, string text, DateTimeOffset now, Guid? id = null)
    {
        var note = new Note { Id = id ?? Guid.NewGuid(), TenantId = tenantId, Text = text };
        note.Raise(new NoteAdded(tenantId, Guid.NewGuid(), now, note.Id, text));
        return note;
    }

    public void Revise(string text, DateTimeOffset now)
    {
        Text = text;
        Revision++;
        Raise(new NoteRevised(TenantId, Guid.NewGuid(), now, Id, Revision));
    }
}
