using CxPlatform.ServiceDefaults.Api;
using CxPlatform.ServiceDefaults.Domain;
using CxPlatform.ServiceDefaults.Idempotency;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CxPlatform.ServiceDefaults.Tests.Sample;

/// <summary>An idempotent creating endpoint built only from ServiceDefaults; it joins the request's transaction implicitly by saving through the scoped DbContext.</summary>
public static class NotesApi
{
    public const string Route = "/api/v1/notes";

    /// <summary>Saved, then refused: shows that a failure after writing takes the write back with it.</summary>
    public const string RefusedAfterSavingText = "refused after saving";

    public static IEndpointRouteBuilder MapNotesApi(this IEndpointRouteBuilder app)
    {
        app.MapPost(Route, AddNote).WithIdempotency();
        return app;
    }

    public static async Task<Results<Created<NoteResponse>, ValidationProblem>> AddNote(
        AddNoteRequest request, [AsParameters] NoteServices services, HttpResponse response, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Text))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = ["A note needs text."] });
        }
        var note = Note.Add(services.Tenant.RequiredTenantId, request.Text, services.Time.GetUtcNow());
        services.Db.Notes.Add(note);
        await services.Db.SaveChangesAsync(cancellationToken);
        if (request.Text == RefusedAfterSavingText)
        {
            throw new DomainRuleViolationException("note.refused", "This note is refused after it was saved.");
        }
        await services.Gate.PassAsync(request.Text, cancellationToken);
        ETags.Set(response, (uint)note.Revision);
        return TypedResults.Created($"{Route}/{note.Id}", new NoteResponse(note.Id, note.Text));
    }
}
