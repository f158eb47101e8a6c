using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.ServiceDefaults.Tests.Sample;

public sealed class NoteAddedConsumer(SampleDbContext db) : IConsumer<NoteAdded>
{
    public const string PoisonText = "poison";

    public async Task Consume(ConsumeContext<NoteAdded> context)
    {
        if (context.Message.Text == PoisonText)
        {
            throw new InvalidOperationException("This note can never be processed.");
        }
        var visibleNotes = await db.Notes.CountAsync(context.CancellationToken);
        db.NoteEffects.Add(new NoteEffect { NoteId = context.Message.NoteId, NotesVisibleToConsumer = visibleNotes });
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
