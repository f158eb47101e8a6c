using System.Security.Claims;
using CxPlatform.Care.Domain.Outreach;
using CxPlatform.Care.Infrastructure;
using CxPlatform.Care.Playbooks;
using CxPlatform.ServiceDefaults.Api;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.ServiceDefaults.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Validation;

namespace CxPlatform.Care.Apis;

/// <summary>The dependencies of the outreach task endpoints; services, not input, so never validated.</summary>
#pragma warning disable ASP0029 // experimental, but the supported way to keep the validator out of DbContext graphs
[SkipValidation]
#pragma warning restore ASP0029
public sealed record OutreachTaskServices(CareDbContext Db, PlaybookInstaller Installer, TimeProvider Time, HttpContext Http)
{
    public const string Me = "me";

    /// <summary>The care agent acting (the token's subject).</summary>
    public string Agent => Http.User.FindFirstValue(CxClaimTypes.Subject) ?? "unknown";

    public DateTimeOffset Now => Time.GetUtcNow();

    /// <summary>The task to change, tracked; with <c>If-Match</c> the save fails with 412 if anyone changed it since. Null when there is none.</summary>
    public async Task<OutreachTask?> FindForChangeAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!ETags.TryReadIfMatch(Http.Request, out var expectedVersion))
        {
            throw new InvalidRequestException("If-Match", "Send the ETag of the task as returned by GET.");
        }
        var task = await Db.OutreachTasks.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is not null && expectedVersion is not null)
        {
            Db.Entry(task).Property(t => t.Version).OriginalValue = expectedVersion.Value;
        }
        return task;
    }

    /// <summary>Saves (with the task's events, through the outbox) and answers with the task and its new ETag.</summary>
    public async Task<OutreachTaskResponse> SaveAsync(OutreachTask task, CancellationToken cancellationToken)
    {
        await Db.SaveChangesAsync(cancellationToken);
        return Answer(task);
    }

    public OutreachTaskResponse Answer(OutreachTask task)
    {
        ETags.Set(Http.Response, task.Version);
        return OutreachTaskResponse.From(task);
    }

    /// <summary>A team named in a request must be one of the care settings' teams.</summary>
    public async Task EnsureKnownTeamAsync(string team, string field, CancellationToken cancellationToken)
    {
        var settings = await Installer.EnsureInstalledAndSavedAsync(cancellationToken);
        if (!settings.HasTeam(team))
        {
            throw new InvalidRequestException(field, $"'{team}' is not a team of the care settings ({string.Join(", ", settings.Teams)}).");
        }
    }
}
