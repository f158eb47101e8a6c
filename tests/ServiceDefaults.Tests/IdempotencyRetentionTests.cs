using System.Net;
using CxPlatform.Testing;
using Microsoft.Extensions.Time.Testing;

namespace CxPlatform.ServiceDefaults.Tests;

/// <summary>
/// On a business clock the test moves: keys keep the default 24 h retention, and housekeeping runs at start and then
/// every 30 days of that clock, so each test decides whether it has run.
/// </summary>
public sealed class IdempotencyRetentionTests : RunningSampleServiceTests
{
    private readonly FakeTimeProvider _clock;

    public IdempotencyRetentionTests(PlatformContainers containers)
        : this(containers, new FakeTimeProvider(DateTimeOffset.UtcNow))
    {
    }

    private IdempotencyRetentionTests(PlatformContainers containers, FakeTimeProvider clock)
        : base(containers, new Dictionary<string, string?> { ["Outbox:CleanupInterval"] = "30.00:00:00" }, clock) => _clock = clock;

    [Fact]
    public async Task A_key_is_replayed_throughout_its_retention_and_deleted_by_housekeeping_afterwards()
    {
        using var client = Service.CreateClient("acme");
        await NoteRequests.AddAsync(client, "kept a day", "key-1");

        _clock.Advance(TimeSpan.FromHours(24) - TimeSpan.FromSeconds(1));
        var lastReplay = await NoteRequests.AddAsync(client, "kept a day", "key-1");
        _clock.Advance(TimeSpan.FromDays(30));
        var keysLeft = await Eventually.ReturnsAsync(() => Sql.CountAsync(Fixture.Database, "idempotency_keys"), n => n == 0);

        Assert.True(NoteRequests.WasReplayed(lastReplay));
        Assert.Equal(0, keysLeft);
        Assert.Equal(1, await Sql.CountAsync(Fixture.Database, "\"Notes\""));
    }

    [Fact]
    public async Task A_key_past_its_retention_starts_a_new_request_even_before_housekeeping_deletes_it()
    {
        using var client = Service.CreateClient("acme");
        await NoteRequests.AddAsync(client, "kept a day", "key-1");

        _clock.Advance(TimeSpan.FromHours(24));
        var afterRetention = await NoteRequests.AddAsync(client, "kept a day", "key-1");

        Assert.Equal(HttpStatusCode.Created, afterRetention.StatusCode);
        Assert.False(NoteRequests.WasReplayed(afterRetention));
        Assert.Equal(2, await Sql.CountAsync(Fixture.Database, "\"Notes\""));
        Assert.Equal(1, await Sql.CountAsync(Fixture.Database, "idempotency_keys"));
    }
}
