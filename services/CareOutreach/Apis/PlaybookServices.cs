using CxPlatform.Care.Domain.Playbooks;
using CxPlatform.Care.Infrastructure;
using CxPlatform.Care.Playbooks;
using CxPlatform.ServiceDefaults.Api;
using CxPlatform.ServiceDefaults.Errors;
using CxPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Validation;

namespace CxPlatform.Care.Apis;

/// <summary>The dependencies of the playbook and care settings endpoints; services, not input, so never validated.</summary>
#pragma warning disable ASP0029 // experimental, but the supported way to keep the validator out of DbContext graphs
[SkipValidation]
#pragma warning restore ASP0029
public sealed record PlaybookServices(CareDbContext Db, PlaybookInstaller Installer, ITenantContext Tenant, TimeProvider Time, HttpContext Http)
{
    public DateTimeOffset Now => Time.GetUtcNow();

    /// <summary>The version the caller last saw (If-Match), or null; a malformed header is a 400.</summary>
    public uint? ExpectedVersion(string resource) => ETags.TryReadIfMatch(Http.Request, out var version)
        ? version
        : throw new InvalidRequestException("If-Match", $"Send the ETag of the {resource} as returned by GET.");

    /// <summary>The playbook to change, tracked; with If-Match the save fails with 412 if anyone changed it since. Null when there is none.</summary>
    public async Task<Playbook?> FindForChangeAsync(Guid id, CancellationToken cancellationToken)
    {
        var expectedVersion = ExpectedVersion("playbook");
        var playbook = await Db.Playbooks.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (playbook is not null && expectedVersion is not null)
        {
            Db.Entry(playbook).Property(p => p.Version).OriginalValue = expectedVersion.Value;
        }
        return playbook;
    }

    public PlaybookResponse Answer(Playbook playbook)
    {
        ETags.Set(Http.Response, playbook.Version);
        return PlaybookResponse.From(playbook);
    }
}
